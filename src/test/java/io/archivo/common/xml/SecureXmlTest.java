package io.archivo.common.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

class SecureXmlTest {

    private static final String XXE = "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
            + "<r>&x;</r>";

    private static final String LAUGHS;

    static {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 'ja'>");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" '").append(("&l" + (i - 1) + ";").repeat(10)).append("'>");
        }
        LAUGHS = dtd.append("]><r>&l9;</r>").toString();
    }

    /** Text content seen by a SAX parse, to prove what did (not) get in. */
    private static final class TextSink extends DefaultHandler {
        final StringBuilder text = new StringBuilder();

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }
    }

    private static void parse(String xml, TextSink sink) throws Exception {
        XMLReader reader = SecureXml.newXmlReader();
        reader.setContentHandler(sink);
        reader.setErrorHandler(new DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                throw e;
            }
        });
        reader.parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void saxRefusesExternalEntityDeclarations() {
        TextSink sink = new TextSink();
        SAXException e = assertThrows(SAXException.class, () -> parse(XXE, sink));
        assertTrue(SecureXml.isUnsafeXml(e), e.getMessage());
        assertTrue(e instanceof UnsafeXmlException);
        assertFalse(sink.text.toString().contains("root:"));
    }

    @Test
    void saxStopsBillionLaughsFast() {
        SAXException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(SAXException.class, () -> parse(LAUGHS, new TextSink())));
        assertTrue(SecureXml.isUnsafeXml(e), e.getMessage());
        assertTrue(e.getMessage().contains("JAXP00010001"), e.getMessage());
    }

    @Test
    void saxStopsAbsurdNesting() {
        String deep = "<a>".repeat(SecureXml.MAX_ELEMENT_DEPTH + 10) + "</a>".repeat(SecureXml.MAX_ELEMENT_DEPTH + 10);
        SAXException e = assertThrows(SAXException.class, () -> parse(deep, new TextSink()));
        assertTrue(SecureXml.isUnsafeXml(e), e.getMessage());
    }

    @Test
    void saxAcceptsADoctypeButNeverFetchesIt() throws Exception {
        try (ServerSocket trap = new ServerSocket(0)) {
            trap.setSoTimeout(200);
            String xml = "<!DOCTYPE r SYSTEM 'http://127.0.0.1:" + trap.getLocalPort() + "/r.dtd'><r>ok</r>";
            TextSink sink = new TextSink();
            parse(xml, sink);
            assertEquals("ok", sink.text.toString());
            assertThrows(SocketTimeoutException.class, trap::accept, "no connection may be made");
        }
    }

    @Test
    void staxDoesNotExpandExternalEntities() throws Exception {
        XMLInputFactory factory = SecureXml.newXmlInputFactory();
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(XXE));
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.CHARACTERS) {
                    text.append(r.getText());
                }
            }
        } catch (XMLStreamException expected) {
            // an undeclared entity (DTDs are not processed) is an error: also fine
        }
        assertFalse(text.toString().contains("root:"), text.toString());
    }

    @Test
    void staxReadsOrdinaryDocuments() throws Exception {
        XMLStreamReader r = SecureXml.newXmlInputFactory().createXMLStreamReader(
                new StringReader("<m:a xmlns:m='urn:x'>Cali &amp; Yumbo</m:a>"));
        r.nextTag();
        assertEquals("urn:x", r.getNamespaceURI());
        assertEquals("Cali & Yumbo", r.getElementText());
    }

    @Test
    void schemaFactoryReadsLocalFilesButNotTheNetwork(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("part.xsd"), "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>"
                + "<xs:element name='b' type='xs:string'/></xs:schema>");
        Files.writeString(dir.resolve("main.xsd"), "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>"
                + "<xs:include schemaLocation='part.xsd'/><xs:element name='a' type='xs:string'/></xs:schema>");
        assertNotNull(SecureXml.newSchemaFactory().newSchema(new StreamSource(dir.resolve("main.xsd").toFile())));

        try (ServerSocket trap = new ServerSocket(0)) {
            trap.setSoTimeout(200);
            Files.writeString(dir.resolve("remote.xsd"), "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>"
                    + "<xs:include schemaLocation='http://127.0.0.1:" + trap.getLocalPort() + "/x.xsd'/></xs:schema>");
            assertThrows(SAXException.class,
                    () -> SecureXml.newSchemaFactory().newSchema(new StreamSource(dir.resolve("remote.xsd").toFile())));
            assertThrows(SocketTimeoutException.class, trap::accept, "no connection may be made");
        }
    }

    @Test
    void eachCallGivesAFreshReader() {
        assertFalse(SecureXml.newXmlReader() == SecureXml.newXmlReader());
    }
}
