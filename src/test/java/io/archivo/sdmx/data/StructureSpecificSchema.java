package io.archivo.sdmx.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.archivo.sdmx.SdmxFixtures;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

/**
 * Validates SDMX-ML 2.1 StructureSpecificData against the official schemas. Its data set is typed by a schema
 * specific to the DSD; this builds the least such schema — non-abstract DataSetType, SeriesType and ObsType
 * restricting the official abstract ones, components as the official {@code ##local} attributes — in the namespace
 * the message declares, so the official message, header and data set rules all apply.
 */
final class StructureSpecificSchema {

    private static final String SS = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";
    private static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    private static final String SS30 = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/data/structurespecific";
    private static final String COM30 = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/common";
    private static final Pattern NAMESPACE = Pattern.compile("namespace=\"([^\"]+)\"");

    private StructureSpecificSchema() {
    }

    /** Attribute declarations for every attribute name the message puts on the element (but the excluded ones). */
    private static String declared(String text, String element, java.util.Set<String> excluded) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        Matcher e = Pattern.compile("<" + element + "\\s([^>]*)>").matcher(text);
        while (e.find()) {
            Matcher a = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)=\"").matcher(e.group(1));
            while (a.find()) {
                names.add(a.group(1));
            }
        }
        names.removeAll(excluded);
        StringBuilder b = new StringBuilder();
        names.forEach(n -> b.append("<xs:attribute name='").append(n).append("' type='xs:string'/>"));
        return b.toString();
    }

    static void assertValid(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        Matcher m = NAMESPACE.matcher(text);
        if (!m.find()) {
            throw new AssertionError("No DSD namespace in the header:\n" + text);
        }
        String ns = m.group(1);
        boolean flat = ns.endsWith(":AllDimensions");
        // SDMX-ML 3.0: other namespaces, and its ObsType declares TIME_PERIOD but not OBS_VALUE
        boolean v30 = text.contains("/v3_0/message");
        String ssNs = v30 ? SS30 : SS;
        String comNs = v30 ? COM30 : COM;
        // the DSD's components, as the message uses them: declared like a DSD-specific schema declares them
        String seriesAttributes = declared(text, "Series", java.util.Set.of());
        String obsAttributes = declared(text, "Obs", v30 ? java.util.Set.of("TIME_PERIOD")
                : java.util.Set.of("TIME_PERIOD", "OBS_VALUE"));
        Path official = SdmxFixtures.sharedDir().resolve("schemas").resolve(v30 ? "sdmx-ml-3.0" : "sdmx-ml-2.1")
                .resolve("SDMXMessage.xsd");
        assumeTrue(Files.isRegularFile(official), "SDMX-ML schemas not found at " + official);
        String dsd = "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='" + ns + "' xmlns='" + ns
                + "' xmlns:dsd='" + ssNs + "' xmlns:common='" + comNs + "'>"
                + "<xs:import namespace='" + ssNs + "'/><xs:import namespace='" + comNs + "'/>"
                + "<xs:complexType name='DataSetType'><xs:complexContent><xs:restriction base='dsd:DataSetType'><xs:sequence>"
                + "<xs:element ref='common:Annotations' minOccurs='0'/>"
                + "<xs:element name='DataProvider' type='common:DataProviderReferenceType' form='unqualified' minOccurs='0'/>"
                // 2.1: a choice of Series+ or Obs+; 3.0: one repeated choice of Atts, Group, Series and Obs
                + (v30 ? "<xs:choice minOccurs='0' maxOccurs='unbounded'>" : "<xs:choice minOccurs='0'>")
                + (flat ? "<xs:element name='Obs' type='ObsType' form='unqualified'" + (v30 ? "/>" : " maxOccurs='unbounded'/>")
                        : "<xs:element name='Series' type='SeriesType' form='unqualified'" + (v30 ? "/>" : " maxOccurs='unbounded'/>"))
                + "</xs:choice></xs:sequence><xs:anyAttribute namespace='##local'/></xs:restriction></xs:complexContent></xs:complexType>"
                + "<xs:complexType name='SeriesType'><xs:complexContent><xs:restriction base='dsd:SeriesType'><xs:sequence>"
                + "<xs:element ref='common:Annotations' minOccurs='0'/>"
                + "<xs:element name='Obs' type='ObsType' form='unqualified' minOccurs='0' maxOccurs='unbounded'/>"
                + "</xs:sequence>" + seriesAttributes + "</xs:restriction></xs:complexContent></xs:complexType>"
                + "<xs:complexType name='ObsType'><xs:complexContent><xs:restriction base='dsd:ObsType'><xs:sequence>"
                + "<xs:element ref='common:Annotations' minOccurs='0'/>"
                + "</xs:sequence>" + obsAttributes + "</xs:restriction></xs:complexContent></xs:complexType>"
                + "</xs:schema>";
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
            Schema schema = factory.newSchema(new Source[] { new StreamSource(official.toFile()),
                    new StreamSource(new StringReader(dsd), "urn:test:dsd.xsd") });
            Validator v = schema.newValidator();
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError("StructureSpecificData not valid: " + e.getMessage() + "\n"
                    + text.substring(0, Math.min(3000, text.length())), e);
        }
    }
}
