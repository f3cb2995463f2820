package io.archivo.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.inventory.testsupport.DdiSchema;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DemoStudyGeneratorTest {

    private static final String DDI = "ddi:codebook:2_5";
    private final List<DemoStudy> studies = DemoStudyGenerator.studies();

    @Test
    void everyStudyIsValidAgainstTheOfficialDdi25Schema() throws Exception {
        for (DemoStudy study : studies) {
            assertEquals(List.of(), DdiSchema.errorsOf(study.xml()), study.idno());
        }
    }

    @Test
    void oneStudyPerProcessWithStudies() {
        assertEquals(20, studies.size());
        assertEquals(DemoCatalogue.codesWithStudies(),
                studies.stream().map(DemoStudy::processCode).collect(Collectors.toSet()));
    }

    @Test
    void studiesCarryTheirIdentifiersSeriesAndVariables() throws Exception {
        for (DemoStudy study : studies) {
            Document doc = parse(study.xml());
            assertEquals("CALI-" + study.processCode() + "-" + study.year(), study.idno());
            Element stdy = (Element) doc.getElementsByTagNameNS(DDI, "stdyDscr").item(0);
            assertEquals(study.idno(), text(stdy, "IDNo"));
            assertEquals(study.processCode(), text(stdy, "serName"));
            assertEquals("Santiago de Cali, Valle del Cauca", text(stdy, "geogCover"));
            assertTrue(stdy.getElementsByTagNameNS(DDI, "keyword").getLength() >= 3, study.idno());
            assertTrue(stdy.getElementsByTagNameNS(DDI, "topcClas").getLength() >= 1, study.idno());
            assertTrue(stdy.getElementsByTagNameNS(DDI, "timePrd").getLength() == 2, study.idno());
            for (String required : List.of("titl", "abstract", "anlyUnit", "universe", "dataKind", "collMode")) {
                assertTrue(!text(stdy, required).isBlank(), study.idno() + " lacks " + required);
            }
            NodeList vars = doc.getElementsByTagNameNS(DDI, "var");
            assertTrue(vars.getLength() >= 8 && vars.getLength() <= 40, study.idno() + ": " + vars.getLength() + " variables");
            for (int i = 0; i < vars.getLength(); i++) {
                Element var = (Element) vars.item(i);
                assertTrue(!text(var, "labl").isBlank() && !text(var, "qstnLit").isBlank(), var.getAttribute("name"));
                if ("discrete".equals(var.getAttribute("intrvl")) && !"character".equals(format(var))) {
                    assertTrue(var.getElementsByTagNameNS(DDI, "catgry").getLength() > 0, var.getAttribute("name"));
                }
            }
        }
    }

    @Test
    void commonVariablesUseTheCitysCodes() throws Exception {
        Document doc = parse(studies.stream().filter(s -> s.processCode().equals("SAL-01")).findFirst().orElseThrow().xml());
        NodeList vars = doc.getElementsByTagNameNS(DDI, "var");
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < vars.getLength(); i++) {
            Element var = (Element) vars.item(i);
            names.add(var.getAttribute("name"));
            if (var.getAttribute("name").equals("comuna")) {
                assertEquals(24, var.getElementsByTagNameNS(DDI, "catgry").getLength(), "22 comunas, rural zone, missing");
            }
        }
        assertTrue(names.containsAll(Set.of("anio", "comuna", "sexo", "grupo_edad")));
    }

    @Test
    void generationIsDeterministic() {
        List<DemoStudy> again = DemoStudyGenerator.studies();
        for (int i = 0; i < studies.size(); i++) {
            assertArrayEquals(studies.get(i).xml(), again.get(i).xml());
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(DDI, name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private static String format(Element var) {
        NodeList nodes = var.getElementsByTagNameNS(DDI, "varFormat");
        return nodes.getLength() == 0 ? "" : ((Element) nodes.item(0)).getAttribute("type");
    }
}
