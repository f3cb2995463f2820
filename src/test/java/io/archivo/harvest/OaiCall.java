package io.archivo.harvest;

import static io.archivo.testsupport.Api.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * One OAI-PMH exchange as the tests see it: always HTTP 200 and text/xml, always valid against the official
 * schemas (when present), parsed for XPath questions. XPaths use local-name() to stay short.
 */
public record OaiCall(String text, Document dom) {

    public static OaiCall get(String query) {
        return of(anonymous().get(query.isEmpty() ? "/oai" : "/oai?" + query), query.contains("ddi"));
    }

    public static OaiCall as(RequestSpecification who, String query) {
        return of(who.get("/oai?" + query), query.contains("ddi"));
    }

    public static OaiCall post(String form) {
        return of(anonymous().contentType("application/x-www-form-urlencoded").body(form).post("/oai"),
                form.contains("ddi"));
    }

    private static OaiCall of(Response r, boolean ddi) {
        assertEquals(200, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("text/xml"), r.contentType());
        byte[] body = r.asByteArray();
        HarvestSchemas.validate(body, ddi || new String(body, StandardCharsets.UTF_8).contains("\"ddi:codebook:2_5\""));
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new OaiCall(new String(body, StandardCharsets.UTF_8),
                    f.newDocumentBuilder().parse(new ByteArrayInputStream(body)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Values of an XPath (text of elements, values of attributes). */
    public List<String> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, dom,
                    XPathConstants.NODESET);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add(nodes.item(i).getTextContent());
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public String one(String xpath) {
        List<String> all = all(xpath);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The error code, or null. */
    public String error() {
        return one("/*[local-name()='OAI-PMH']/*[local-name()='error']/@code");
    }

    public String token() {
        return one("//*[local-name()='resumptionToken']");
    }

    public List<String> identifiers() {
        return all("//*[local-name()='header']/*[local-name()='identifier']");
    }
}
