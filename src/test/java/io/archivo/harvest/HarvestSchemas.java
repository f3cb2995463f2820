package io.archivo.harvest;

import io.archivo.common.xml.SecureXml;
import io.archivo.testsupport.Api;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assertions;
import org.xml.sax.SAXException;

/**
 * The official OAI-PMH 2.0, oai_dc and DDI Codebook 2.5 schemas from ../shared, read in place. OAI-PMH.xsd checks
 * record metadata with a strict wildcard, so each response is validated against OAI-PMH.xsd together with the
 * schema of the metadata it carries (one set with oai_dc, one with codebook.xsd: the two bring different schemas
 * for the Dublin Core namespace and cannot share one set).
 */
public final class HarvestSchemas {

    private static Schema withDc;
    private static Schema withDdi;

    private HarvestSchemas() {
    }

    public static Path oaiDir() {
        return Api.sharedDir().resolve("schemas/oai-pmh-2.0");
    }

    public static Path ddiXsd() {
        return Api.sharedDir().resolve("schemas/ddi-codebook-2.5/schemas/codebook.xsd");
    }

    public static boolean available() {
        return Files.isRegularFile(oaiDir().resolve("OAI-PMH.xsd")) && Files.isRegularFile(ddiXsd());
    }

    public static String missing() {
        return "OAI-PMH / DDI 2.5 schemas not found under " + Api.sharedDir().toAbsolutePath()
                + "/schemas (set -Darchivo.shared.dir); schema validation skipped";
    }

    /**
     * Validates an OAI-PMH response (with oai_dc or DDI records, or none); fails the test on the first error.
     * DDI IDs ({@code ID="F1"}) are unique per codebook, not across the several codebooks a ListRecords page
     * embeds, so in a response with more than one codebook the envelope check lets duplicate IDs pass (cvc-id.2)
     * and each codebook is then validated on its own against codebook.xsd, IDs included.
     * Does nothing when the schemas are absent (the dedicated validation tests are skipped then, with a message).
     */
    public static void validate(byte[] response, boolean ddi) {
        if (!available()) {
            return;
        }
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(response));
            org.w3c.dom.NodeList books = dom.getElementsByTagNameNS("ddi:codebook:2_5", "codeBook");
            boolean several = books.getLength() > 1;
            Validator v = validator(ddi);
            v.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    String m = e.getMessage();
                    boolean duplicateId = m.startsWith("cvc-id.2")
                            || m.startsWith("cvc-attribute.3") && m.endsWith("its type, 'ID'.");
                    if (!(several && duplicateId)) {
                        throw e;
                    }
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            v.validate(new StreamSource(new ByteArrayInputStream(response)));
            for (int i = 0; i < books.getLength(); i++) {
                Validator one = validator(true);
                org.w3c.dom.Document alone = f.newDocumentBuilder().newDocument();
                alone.appendChild(alone.importNode(books.item(i), true));
                one.validate(new javax.xml.transform.dom.DOMSource(alone));
            }
        } catch (SAXException e) {
            Assertions.fail("Invalid against OAI-PMH.xsd + " + (ddi ? "codebook.xsd" : "oai_dc.xsd") + ": "
                    + e.getMessage() + "\n" + new String(response, java.nio.charset.StandardCharsets.UTF_8)
                            .substring(0, Math.min(response.length, 4000)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Validator validator(boolean ddi) throws SAXException {
        Validator v = schema(ddi).newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return v;
    }

    private static synchronized Schema schema(boolean ddi) throws SAXException {
        if (ddi && withDdi == null) {
            withDdi = SecureXml.newSchemaFactory().newSchema(new Source[] {
                new StreamSource(oaiDir().resolve("OAI-PMH.xsd").toFile()), new StreamSource(ddiXsd().toFile()) });
        }
        if (!ddi && withDc == null) {
            withDc = SecureXml.newSchemaFactory().newSchema(new Source[] {
                new StreamSource(oaiDir().resolve("OAI-PMH.xsd").toFile()),
                new StreamSource(oaiDir().resolve("oai_dc.xsd").toFile()) });
        }
        return ddi ? withDdi : withDc;
    }
}
