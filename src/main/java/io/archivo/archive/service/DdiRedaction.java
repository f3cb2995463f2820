package io.archivo.archive.service;

import io.archivo.common.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamResult;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Removes the {@code <var>} elements of sensitive variables (by their {@code name} attribute, compared as the DDI
 * reader stores it: trimmed) from a DDI document, for callers who may not see personal data. The document is read
 * with the same hardened SAX parser as at ingest, so whatever ingest accepted can be redacted.
 */
final class DdiRedaction {

    private DdiRedaction() {
    }

    static byte[] withoutVariables(byte[] content, Set<String> names) {
        if (names.isEmpty()) {
            return content;
        }
        try {
            VariableFilter filter = new VariableFilter(names);
            filter.setParent(SecureXml.newXmlReader());
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer identity = factory.newTransformer();
            identity.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
            identity.transform(new SAXSource(filter, new InputSource(new ByteArrayInputStream(content))),
                    new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot redact a stored DDI document", e);
        }
    }

    /** Drops every {@code var} element whose trimmed name is listed, with everything inside it. */
    private static final class VariableFilter extends XMLFilterImpl {
        private final Set<String> names;
        private int skipping;

        VariableFilter(Set<String> names) {
            this.names = names;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (skipping > 0) {
                skipping++;
                return;
            }
            String name = atts.getValue("name");
            if ("var".equals(localName) && name != null && names.contains(name.trim())) {
                skipping = 1;
                return;
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (skipping > 0) {
                skipping--;
                return;
            }
            super.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (skipping == 0) {
                super.characters(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (skipping == 0) {
                super.ignorableWhitespace(ch, start, length);
            }
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            if (skipping == 0) {
                super.processingInstruction(target, data);
            }
        }
    }
}
