package io.archivo.ddi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, indenting wrapper over {@link XMLStreamWriter} for writing DDI Codebook 2.5 documents: the skeleton of a
 * process and the demo studies share it. Elements are written in the order the caller gives, so callers must
 * follow the sequence of {@code codebook.xsd}; the tests validate the result against it.
 */
public final class CodebookXmlWriter implements AutoCloseable {

    public static final String NAMESPACE = "ddi:codebook:2_5";
    public static final String SCHEMA_LOCATION =
            "ddi:codebook:2_5 http://www.ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;
    private int depth;
    private boolean hasChildren;

    public CodebookXmlWriter() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens {@code codeBook} with its namespace, version, ID and language. */
    public CodebookXmlWriter startCodeBook(String id, String lang) {
        try {
            newline();
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "codeBook");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
            xml.writeAttribute("version", "2.5");
            xml.writeAttribute("ID", id);
            xml.writeAttribute(XML_NS, "lang", lang);
            depth++;
            hasChildren = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens an element; {@code attributes} alternate names and values, null values are skipped ({@code xml:lang} is
     * written in the XML namespace).
     */
    public CodebookXmlWriter start(String name, String... attributes) {
        try {
            newline();
            xml.writeStartElement(NAMESPACE, name);
            attributes(attributes);
            depth++;
            hasChildren = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public CodebookXmlWriter end() {
        try {
            depth--;
            if (hasChildren) {
                newline();
            }
            xml.writeEndElement();
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with text content; nothing is written when {@code text} is null or blank. */
    public CodebookXmlWriter leaf(String name, String text, String... attributes) {
        if (text == null || text.isBlank()) {
            return this;
        }
        try {
            newline();
            xml.writeStartElement(NAMESPACE, name);
            attributes(attributes);
            xml.writeCharacters(text);
            xml.writeEndElement();
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] finish() {
        try {
            while (depth > 0) {
                end();
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null && attributes[i].equals("xml:lang")) {
                xml.writeAttribute(XML_NS, "lang", attributes[i + 1]);
            } else if (attributes[i + 1] != null) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        hasChildren = true;
    }
}
