package io.archivo.harvest;

import io.archivo.common.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns a (redacted) DDI download into the {@code codeBook} element an OAI-PMH record embeds: no XML declaration,
 * DOCTYPE, comments or processing instructions, every namespace declared on the element itself. Legacy codebooks
 * (1.2.2, 2.0, 2.1: the ICPSR namespace or none) are served as DDI 2.5 by moving their elements into
 * {@code ddi:codebook:2_5}, restating {@code version="2.5"} and dropping their old schema location; their content
 * is left as it is (what is not valid 2.5 stays so, as the validation report of the version says).
 */
final class DdiEmbedding {

    static final String DDI25 = "ddi:codebook:2_5";
    private static final String ICPSR = "http://www.icpsr.umich.edu/DDI";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private DdiEmbedding() {
    }

    static byte[] codeBook(byte[] document) {
        // the JDK's StAX writer hands its output on one byte at a time: a synchronized ByteArrayOutputStream made that
        // most of the cost of an OAI-PMH record (3 ms of CPU per codebook of 100 variables)
        Bytes out = new Bytes(document.length + document.length / 16 + 256);
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            XMLReader reader = SecureXml.newXmlReader();
            Copy copy = new Copy(writer);
            reader.setContentHandler(copy);
            reader.parse(new InputSource(new ByteArrayInputStream(document)));
            writer.flush();
            writer.close();
        } catch (SAXException | XMLStreamException e) {
            throw new IllegalStateException("Cannot embed a stored DDI document", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A growable byte array without locks, for one thread. */
    private static final class Bytes extends OutputStream {
        private byte[] buf;
        private int count;

        Bytes(int capacity) {
            buf = new byte[capacity];
        }

        @Override
        public void write(int b) {
            if (count == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len > buf.length - count) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + len));
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, count);
        }
    }

    /** Copies SAX events to a StAX writer, moving legacy namespaces to DDI 2.5. */
    private static final class Copy extends DefaultHandler {
        private final XMLStreamWriter out;
        private final List<String[]> pending = new ArrayList<>();
        private boolean root = true;
        private boolean legacy;

        Copy(XMLStreamWriter out) {
            this.out = out;
        }

        private String map(String uri) {
            return legacy && (uri.isEmpty() || ICPSR.equals(uri)) ? DDI25 : uri;
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            pending.add(new String[] {prefix, uri});
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            try {
                if (root) {
                    legacy = uri.isEmpty() || ICPSR.equals(uri);
                }
                int colon = qName.indexOf(':');
                String prefix = colon < 0 ? "" : qName.substring(0, colon);
                out.writeStartElement(prefix, localName, map(uri));
                boolean defaultDeclared = false;
                for (String[] ns : pending) {
                    String target = ICPSR.equals(ns[1]) ? DDI25 : ns[1];
                    if (ns[0].isEmpty()) {
                        out.writeDefaultNamespace(legacy && target.isEmpty() ? DDI25 : target);
                        defaultDeclared = true;
                    } else {
                        out.writeNamespace(ns[0], target);
                    }
                }
                if (root && legacy && !defaultDeclared && prefix.isEmpty()) {
                    out.writeDefaultNamespace(DDI25);
                }
                pending.clear();
                for (int i = 0; i < atts.getLength(); i++) {
                    String aUri = atts.getURI(i);
                    String aLocal = atts.getLocalName(i);
                    String value = atts.getValue(i);
                    if (root && legacy && XSI.equals(aUri)) {
                        continue; // points at the legacy schema
                    }
                    if (root && legacy && aUri.isEmpty() && "version".equals(aLocal)) {
                        value = "2.5";
                    }
                    if (aUri.isEmpty()) {
                        out.writeAttribute(aLocal, value);
                    } else {
                        String q = atts.getQName(i);
                        int c = q.indexOf(':');
                        out.writeAttribute(c < 0 ? "" : q.substring(0, c), aUri, aLocal, value);
                    }
                }
                if (root && legacy && atts.getIndex("", "version") < 0) {
                    out.writeAttribute("version", "2.5");
                }
                root = false;
            } catch (XMLStreamException e) {
                throw new SAXException(e);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            try {
                out.writeEndElement();
            } catch (XMLStreamException e) {
                throw new SAXException(e);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            try {
                out.writeCharacters(ch, start, length);
            } catch (XMLStreamException e) {
                throw new SAXException(e);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            characters(ch, start, length);
        }
    }
}
