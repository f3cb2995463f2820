package io.archivo.archive.service;

import io.archivo.common.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.XMLEvent;

/**
 * Removes the {@code <var>} elements of sensitive variables (by their {@code name} attribute) from a DDI
 * document, for callers who may not see personal data. Everything else is passed through event by event.
 */
final class DdiRedaction {

    private DdiRedaction() {
    }

    static byte[] withoutVariables(byte[] content, Set<String> names) {
        if (names.isEmpty()) {
            return content;
        }
        try {
            XMLEventReader reader = SecureXml.newXmlInputFactory().createXMLEventReader(new ByteArrayInputStream(content));
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
            XMLEventWriter writer = XMLOutputFactory.newInstance().createXMLEventWriter(out, "UTF-8");
            int skipping = 0;
            while (reader.hasNext()) {
                XMLEvent e = reader.nextEvent();
                if (skipping > 0) {
                    if (e.isStartElement()) {
                        skipping++;
                    } else if (e.isEndElement()) {
                        skipping--;
                    }
                    continue;
                }
                if (e.isStartElement() && "var".equals(e.asStartElement().getName().getLocalPart())) {
                    Attribute name = e.asStartElement().getAttributeByName(new QName("name"));
                    if (name != null && names.contains(name.getValue())) {
                        skipping = 1;
                        continue;
                    }
                }
                if (e.isStartDocument()) {
                    writer.add(javax.xml.stream.XMLEventFactory.newInstance().createStartDocument("UTF-8", "1.0"));
                    continue;
                }
                writer.add(e);
            }
            writer.flush();
            writer.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot redact a stored DDI document", e);
        }
    }
}
