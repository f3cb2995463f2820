package io.archivo.sdmx.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.sdmx.SdmxFixtures;
import io.archivo.sdmx.format.MessageEntry;
import io.archivo.sdmx.format.Presentation;
import io.archivo.sdmx.model.ItemScheme;
import io.archivo.sdmx.model.SdmxArtefacts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SdmxQueryEngineTest {

    private final SdmxArtefacts set = SdmxFixtures.artefacts();

    private List<MessageEntry> v1(String resource, String agency, String id, String version, String item, String refs, String detail) {
        return SdmxQueryEngine.resolve(SdmxQuery.v1(resource, agency, id, version, item, refs, detail), set);
    }

    private static Set<String> ids(List<MessageEntry> entries) {
        return entries.stream().map(e -> e.artefact().type().restName() + ":" + e.artefact().ref().id())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void parentsOfACodelistAreTheDsdsUsingIt() {
        assertEquals(Set.of("codelist:CL_FREQ", "datastructure:DSD_ECV-01", "datastructure:DSD_ECV-02",
                "datastructure:DSD_GENERIC"), ids(v1("codelist", "ARCHIVO_CALI", "CL_FREQ", "latest", null, "parents", null)));
        assertEquals(Set.of("codelist:CL_ECV-01_SEXO", "datastructure:DSD_ECV-01"),
                ids(v1("codelist", "ARCHIVO_CALI", "CL_ECV-01_SEXO", null, null, "parents", null)));
    }

    @Test
    void childrenOfADataflowIsItsDsd() {
        assertEquals(Set.of("dataflow:ECV-01", "datastructure:DSD_ECV-01"),
                ids(v1("dataflow", "ARCHIVO_CALI", "ECV-01", "2.0", null, "children", null)));
    }

    @Test
    void descendantsOfADataflowReachConceptSchemesAndCodelists() {
        assertEquals(Set.of("dataflow:ECV-01", "datastructure:DSD_ECV-01", "conceptscheme:CS_ECV-01",
                "conceptscheme:CROSS_DOMAIN_CONCEPTS", "codelist:CL_FREQ", "codelist:CL_OBS_STATUS",
                "codelist:CL_AREA_CALI", "codelist:CL_ECV-01_SEXO", "codelist:CL_ECV-01_ESTRATO_SOCIO-ECONOMICO"),
                ids(v1("dataflow", "ARCHIVO_CALI", "ECV-01", "latest", null, "descendants", null)));
    }

    @Test
    void parentsAndSiblingsAndAll() {
        assertEquals(Set.of("dataflow:ECV-01", "categorisation:CAT_AREA_ECV-01", "categorisation:CAT_DEP_ECV-01"),
                ids(v1("dataflow", null, "ECV-01", null, null, "parents", null)));
        assertEquals(Set.of("dataflow:ECV-01", "categorisation:CAT_AREA_ECV-01", "categorisation:CAT_DEP_ECV-01",
                "categoryscheme:AREAS_TEMATICAS", "categoryscheme:DEPENDENCIAS"),
                ids(v1("dataflow", null, "ECV-01", null, null, "parentsandsiblings", null)));
        Set<String> all = ids(v1("dataflow", null, "ECV-01", null, null, "all", null));
        assertTrue(all.containsAll(Set.of("categoryscheme:AREAS_TEMATICAS", "codelist:CL_ECV-01_SEXO", "datastructure:DSD_ECV-01")));
        assertEquals(13, all.size());
    }

    @Test
    void aTypeNameSelectsThatTypeOneLevelAway() {
        // a dataflow references its DSD, not the DSD's codelists: one level, as the spec means
        assertEquals(Set.of("dataflow:ECV-02"), ids(v1("dataflow", null, "ECV-02", null, null, "codelist", null)));
        assertEquals(Set.of("dataflow:ECV-02", "datastructure:DSD_ECV-02"),
                ids(v1("dataflow", null, "ECV-02", null, null, "datastructure", null)));
        assertEquals(Set.of("datastructure:DSD_ECV-02", "codelist:CL_FREQ", "codelist:CL_OBS_STATUS",
                "codelist:CL_ECV-02_SEXO", "codelist:CL_ECV-02_ESTRATO_SOCIO-ECONOMICO"),
                ids(v1("datastructure", null, "DSD_ECV-02", null, null, "codelist", null)));
        // a codelist is referenced by DSDs only; concept schemes neither use it nor are used by it
        assertEquals(Set.of("codelist:CL_ECV-01_SEXO"),
                ids(v1("codelist", null, "CL_ECV-01_SEXO", null, null, "conceptscheme", null)));
        assertEquals(Set.of("conceptscheme:CS_ECV-01"),
                ids(v1("conceptscheme", null, "CS_ECV-01", null, null, "dataflow", null)));
        // categorisations reference the scheme: categoryscheme is one level up from them
        assertEquals(Set.of("dataflow:ECV-02", "categorisation:CAT_AREA_ECV-02", "categorisation:CAT_DEP_ECV-02"),
                ids(v1("dataflow", null, "ECV-02", null, null, "categorisation", null)));
    }

    @Test
    void itemQueryWithReferencesKeepsThePartialSchemeOnceAndOnlyItsCategorisations() {
        List<MessageEntry> out = v1("categoryscheme", "ARCHIVO_CALI", "DEPENDENCIAS", "1.0",
                "SECRETARIA_DE_MOVILIDAD", "parentsandsiblings", null);
        assertEquals(1, out.stream().filter(e -> e.artefact().ref().id().equals("DEPENDENCIAS")).count(),
                "the scheme once, partial");
        assertEquals(Presentation.PARTIAL, out.get(0).presentation());
        Set<String> got = ids(out);
        assertEquals(Set.of("categoryscheme:DEPENDENCIAS", "categorisation:CAT_DEP_DF_12_Movilidad", "dataflow:DF_12_Movilidad"), got);
    }

    @Test
    void detailDecidesHowMatchedAndReferencedAreWritten() {
        Map<String, Presentation> p = v1("dataflow", null, "ECV-01", null, null, "children", "referencestubs").stream()
                .collect(Collectors.toMap(e -> e.artefact().ref().id(), MessageEntry::presentation));
        assertEquals(Map.of("ECV-01", Presentation.FULL, "DSD_ECV-01", Presentation.STUB), p);
        assertTrue(v1("dataflow", null, null, null, null, "children", "allcompletestubs").stream()
                .allMatch(e -> e.presentation() == Presentation.COMPLETE_STUB));
    }

    @Test
    void referencePartialKeepsOnlyUsedConcepts() {
        List<MessageEntry> out = v1("datastructure", null, "DSD_ECV-02", null, null, "children", "referencepartial");
        MessageEntry cross = out.stream().filter(e -> e.artefact().ref().id().equals("CROSS_DOMAIN_CONCEPTS")).findFirst().orElseThrow();
        assertEquals(Presentation.PARTIAL, cross.presentation());
        assertEquals(List.of("FREQ", "TIME_PERIOD", "UNIT_MEASURE", "OBS_STATUS"),
                ((ItemScheme<?>) cross.artefact()).items().stream().map(i -> i.id()).toList());
        MessageEntry cs = out.stream().filter(e -> e.artefact().ref().id().equals("CS_ECV-02")).findFirst().orElseThrow();
        assertEquals(3, ((ItemScheme<?>) cs.artefact()).items().size());
        assertTrue(out.stream().filter(e -> e.artefact().ref().id().startsWith("CL_")).allMatch(e -> e.presentation() == Presentation.FULL));
    }

    @Test
    void itemQueriesReturnPartialSchemes() {
        List<MessageEntry> out = v1("codelist", "ARCHIVO_CALI", "CL_FREQ", "1.0", "A+M", null, null);
        assertEquals(1, out.size());
        assertEquals(Presentation.PARTIAL, out.get(0).presentation());
        assertEquals(2, ((ItemScheme<?>) out.get(0).artefact()).items().size());
        assertTrue(v1("codelist", "ARCHIVO_CALI", "CL_FREQ", "1.0", "NOPE", null, null).isEmpty());
    }

    @Test
    void versionsAndNoResults() {
        assertEquals(3, v1("dataflow", "all", "all", "all", null, null, null).size());
        assertTrue(v1("dataflow", "ARCHIVO_CALI", "ECV-01", "1.0", null, null, null).isEmpty());
        assertTrue(v1("dataflow", "OTHER", null, null, null, null, null).isEmpty());
        assertEquals(1, SdmxQueryEngine.resolve(SdmxQuery.v2("agencyscheme", "SDMX", "AGENCIES", "1.0", null, null, null), set).size());
    }
}
