package io.archivo.sdmx.format;

import io.archivo.sdmx.model.LocalisedText;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin StAX writer for the SDMX-ML messages: prefixed elements (mes, str, com), attributes that skip nulls,
 * localised texts with {@code xml:lang}. Output is UTF-8 without DTD. Checked StAX errors become unchecked.
 */
final class XmlOut implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter w;
    private final String mes;
    private final String str;
    private final String com;

    XmlOut(OutputStream out, String mesNs, String strNs, String comNs) {
        this.mes = mesNs;
        this.str = strNs;
        this.com = comNs;
        try {
            this.w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("mes", mes);
            w.setPrefix("str", str);
            w.setPrefix("com", com);
        } catch (XMLStreamException e) {
            throw new SdmxWriteException(e);
        }
    }

    /** Opens the root element (in the message namespace) and declares every prefix on it. */
    XmlOut root(String localName) {
        return call(() -> {
            w.writeStartElement("mes", localName, mes);
            w.writeNamespace("mes", mes);
            w.writeNamespace("str", str);
            w.writeNamespace("com", com);
        });
    }

    XmlOut mes(String localName) {
        return call(() -> w.writeStartElement("mes", localName, mes));
    }

    XmlOut str(String localName) {
        return call(() -> w.writeStartElement("str", localName, str));
    }

    XmlOut com(String localName) {
        return call(() -> w.writeStartElement("com", localName, com));
    }

    /** An element in no namespace (the SDMX-ML 2.1 {@code Ref} element is unqualified). */
    XmlOut plain(String localName) {
        return call(() -> w.writeStartElement(localName));
    }

    XmlOut attr(String name, Object value) {
        return value == null ? this : call(() -> w.writeAttribute(name, value.toString()));
    }

    XmlOut text(String value) {
        return call(() -> w.writeCharacters(value));
    }

    XmlOut end() {
        return call(w::writeEndElement);
    }

    /** A leaf element with text content. */
    XmlOut mesText(String localName, String value) {
        return mes(localName).text(value).end();
    }

    XmlOut strText(String localName, String value) {
        return str(localName).text(value).end();
    }

    /** One {@code com:<element> xml:lang="…"} per language. */
    XmlOut localised(String element, LocalisedText text) {
        text.values().forEach((lang, value) -> call(() -> {
            w.writeStartElement("com", element, com);
            w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
            w.writeCharacters(value);
            w.writeEndElement();
        }));
        return this;
    }

    static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    @Override
    public void close() {
        call(() -> {
            w.writeEndDocument();
            w.flush();
            w.close();
        });
    }

    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    private XmlOut call(XmlAction action) {
        try {
            action.run();
            return this;
        } catch (XMLStreamException e) {
            throw new SdmxWriteException(e);
        }
    }
}
