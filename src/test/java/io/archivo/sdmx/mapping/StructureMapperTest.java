package io.archivo.sdmx.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.sdmx.SdmxFixtures;
import io.archivo.sdmx.model.ArtefactRef;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.AttachmentLevel;
import io.archivo.sdmx.model.Categorisation;
import io.archivo.sdmx.model.Code;
import io.archivo.sdmx.model.Codelist;
import io.archivo.sdmx.model.Concept;
import io.archivo.sdmx.model.ConceptScheme;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.DataStructure;
import io.archivo.sdmx.model.Dataflow;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.Item;
import io.archivo.sdmx.model.MaintainableArtefact;
import io.archivo.sdmx.model.SdmxArtefacts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructureMapperTest {

    private static final String A = "ARCHIVO_CALI";
    private final SdmxArtefacts set = SdmxFixtures.artefacts();

    private <T extends MaintainableArtefact> T get(ArtefactType type, String id, String version, Class<T> kind) {
        return kind.cast(set.find(type, A, id, version).orElseThrow(() -> new AssertionError(type + " " + id + " missing")));
    }

    @Test
    void everyBuiltInArtefactHasASpanishAndEnglishDescription() {
        List<MaintainableArtefact> builtIn = set.all().stream()
                .filter(a -> a.type() == ArtefactType.AGENCY_SCHEME || a.type() == ArtefactType.CATEGORY_SCHEME
                        || a.type() == ArtefactType.CATEGORISATION
                        || List.of("CL_FREQ", "CL_OBS_STATUS", "CL_AREA_CALI", "CROSS_DOMAIN_CONCEPTS", "DSD_GENERIC")
                                .contains(a.ref().id()))
                .toList();
        assertEquals(5 + 2 + 6 + 1, builtIn.size(), "agency scheme, 2 category schemes, 6 categorisations, …");
        for (MaintainableArtefact a : builtIn) {
            assertTrue(a.description().get("es") != null && a.description().get("en") != null, a.urn());
        }
    }

    @Test
    void everyProcessBecomesADataflowWithVersionFromTheStudy() {
        List<String> ids = set.ofType(ArtefactType.DATAFLOW).stream().map(a -> a.ref().toString()).toList();
        assertEquals(List.of("ARCHIVO_CALI:DF_12_Movilidad(1.0)", "ARCHIVO_CALI:ECV-01(2.0)", "ARCHIVO_CALI:ECV-02(2.0)"), ids);
        Dataflow df = get(ArtefactType.DATAFLOW, "ECV-01", "2.0", Dataflow.class);
        assertEquals("Encuesta de Calidad de Vida", df.name().get("es"));
        assertEquals("Quality of Life Survey 2023", df.name().get("en"), "English title of the DDI");
        assertEquals("Measures living conditions", df.description().get("en"));
        assertEquals(ArtefactRef.of(A, "DSD_ECV-01", "2.0"), df.structure());
    }

    @Test
    void theSetIsClosedUnderReferences() {
        assertTrue(set.danglingReferences().isEmpty(), set.danglingReferences().toString());
    }

    @Test
    void processWithoutStudyGetsTheGenericDsd() {
        Dataflow df = get(ArtefactType.DATAFLOW, "DF_12_Movilidad", "1.0", Dataflow.class);
        DataStructure dsd = get(ArtefactType.DATA_STRUCTURE, "DSD_GENERIC", "1.0", DataStructure.class);
        assertEquals(dsd.ref(), df.structure());
        assertEquals(List.of("FREQ", "REF_AREA"), dsd.dimensions().stream().map(Dimension::id).toList());
        // every dimension coded: sdmx-dl and other harvesters reject uncoded dimensions
        assertEquals(ArtefactRef.of(A, "CL_AREA_CALI", "1.0"), dsd.dimensions().get(1).representation().codelist());
        assertEquals("OBS_VALUE", dsd.measure().id());
        assertEquals("TIME_PERIOD", dsd.timeDimension().id());
    }

    @Test
    void refAreaIsCodedByCalisFrameWhenEveryCategoryNamesAnArea() {
        DataStructure dsd = get(ArtefactType.DATA_STRUCTURE, "DSD_ECV-01", "2.0", DataStructure.class);
        Dimension area = dsd.dimensions().stream().filter(d -> d.id().equals("REF_AREA")).findFirst().orElseThrow();
        assertEquals(ArtefactRef.of(A, "CL_AREA_CALI", "1.0"), area.representation().codelist());
        assertTrue(set.find(ArtefactType.CODELIST, A, "CL_ECV-01_COMUNA", "2.0").isEmpty(), "no own codelist needed");
        Codelist cali = get(ArtefactType.CODELIST, "CL_AREA_CALI", "1.0", Codelist.class);
        assertEquals(List.of("76001", "01", "02", "22", "51"), cali.codes().stream().map(Code::id).toList());
        assertEquals(Map.of("1", "01", "2", "02", "22", "22", "Comuna 1", "01", "Comuna 2", "02", "Comuna 22", "22"),
                area.recode(), "each category value and label → its area, for loads");
        assertEquals("Corregimiento (rural)", cali.codes().get(4).description().get("en"));
        // every published version of the frame is served; DSDs use the newest
        var v2 = new io.archivo.geo.AreaFrame("1.1", java.time.Instant.now(), List.of(
                new io.archivo.geo.GeoArea("76001", "Santiago de Cali", "municipio", null)));
        SdmxArtefacts two = new StructureMapper().map(SdmxFixtures.catalogue(), List.of(SdmxFixtures.areaFrame(), v2));
        assertTrue(two.find(ArtefactType.CODELIST, A, "CL_AREA_CALI", "1.0").isPresent());
        DataStructure generic = (DataStructure) two.find(ArtefactType.DATA_STRUCTURE, A, "DSD_GENERIC", "1.0").orElseThrow();
        assertEquals(ArtefactRef.of(A, "CL_AREA_CALI", "1.1"), generic.dimensions().get(1).representation().codelist());
        // ECV's comunas 1, 2 and 22 are not all in 1.1: it keeps its own codelist
        DataStructure ecv = (DataStructure) two.find(ArtefactType.DATA_STRUCTURE, A, "DSD_ECV-01", "2.0").orElseThrow();
        assertEquals("CL_ECV-01_COMUNA", ecv.dimensions().get(1).representation().codelist().id());
    }

    /**
     * Real area variables carry more than places: "Zona rural (corregimientos)", "Sin información". They no longer
     * keep REF_AREA off the frame; a label names the area before the value does ("1 = Navarro" is Navarro, not
     * comuna 1); one category that names nothing still leaves the variable its own codelist.
     */
    @Test
    void refAreaTakesTheFrameForZonesUnknownsAndLabelledCategories() {
        DataStructure dsd = areaDsd(List.of(SdmxFixtures.cat("1", "Comuna 1"), SdmxFixtures.cat("2", "Comuna 2"),
                SdmxFixtures.cat("3", "Navarro"), SdmxFixtures.cat("23", "Zona rural (corregimientos)"),
                SdmxFixtures.cat("99", "Sin información")));
        Dimension area = dsd.dimensions().get(1);
        assertEquals(ArtefactRef.of(A, "CL_AREA_CALI", "1.1"), area.representation().codelist());
        assertEquals("51", area.recode().get("3"), "the label Navarro, not comuna 3");
        assertEquals("RURAL", area.recode().get("23"));
        assertEquals("_U", area.recode().get("99"));
        assertEquals("_U", area.recode().get("Sin información"));

        Dimension own = areaDsd(List.of(SdmxFixtures.cat("1", "Comuna 1"), SdmxFixtures.cat("7", "Barrio El Peñón")))
                .dimensions().get(1);
        assertEquals("CL_ECV-01_COMUNA", own.representation().codelist().id(), "a barrio is not in the frame");
        assertEquals(Map.of(), own.recode());

        // version 1.0 of the frame has no zones or special codes: the same variable keeps its own codelist there
        assertEquals("CL_ECV-01_COMUNA", areaDsd(List.of(SdmxFixtures.cat("1", "Comuna 1"),
                SdmxFixtures.cat("99", "Sin información")), SdmxFixtures.areaFrame()).dimensions().get(1)
                .representation().codelist().id());
        Codelist v11 = (Codelist) new StructureMapper().map(SdmxFixtures.catalogue(), List.of(SdmxFixtures.areaFrame(),
                SdmxFixtures.areaFrameWithTableCodes())).find(ArtefactType.CODELIST, A, "CL_AREA_CALI", "1.1").orElseThrow();
        assertEquals("Unknown", v11.codes().stream().filter(c -> c.id().equals("_U")).findFirst().orElseThrow().name().get("en"));
        assertEquals("SDMX special code", v11.codes().stream().filter(c -> c.id().equals("_U")).findFirst().orElseThrow()
                .description().get("en"));
    }

    private static DataStructure areaDsd(List<io.archivo.ddi.model.Category> categories) {
        return areaDsd(categories, SdmxFixtures.areaFrameWithTableCodes());
    }

    private static DataStructure areaDsd(List<io.archivo.ddi.model.Category> categories, io.archivo.geo.AreaFrame frame) {
        List<io.archivo.ddi.model.Variable> vars = new ArrayList<>(SdmxFixtures.qualityOfLifeSurvey().variables());
        io.archivo.ddi.model.Variable v = vars.get(1);
        vars.set(1, new io.archivo.ddi.model.Variable(v.position(), v.id(), v.name(), v.fileId(), v.labels(),
                v.questions(), v.intervalType(), v.formatType(), categories, v.statistics()));
        var study = SdmxFixtures.qualityOfLifeSurvey();
        var input = new ProcessInput(SdmxFixtures.catalogue().get(0).process(),
                new PublishedStudy(study.idno(), study.publishedVersion(), study.study(), vars), null);
        SdmxArtefacts set = new StructureMapper().map(List.of(input), List.of(frame));
        return (DataStructure) set.find(ArtefactType.DATA_STRUCTURE, A, "DSD_ECV-01", "2.0").orElseThrow();
    }

    @Test
    void heuristicPicksTimeAreaAndSmallDiscreteVariables() {
        DataStructure dsd = get(ArtefactType.DATA_STRUCTURE, "DSD_ECV-01", "2.0", DataStructure.class);
        assertEquals(List.of("FREQ", "REF_AREA", "SEXO", "ESTRATO_SOCIO-ECONOMICO"),
                dsd.dimensions().stream().map(Dimension::id).toList());
        assertEquals(List.of(1, 2, 3, 4), dsd.dimensions().stream().map(Dimension::position).toList());
        Dimension area = dsd.dimensions().get(1);
        assertEquals("CROSS_DOMAIN_CONCEPTS", area.concept().scheme().id());
        assertEquals(ArtefactRef.of(A, "CL_AREA_CALI", "1.0"), area.representation().codelist(), "comunas 1, 2, 22 are in the frame");
        assertEquals(List.of("UNIT_MEASURE", "OBS_STATUS"), dsd.attributes().stream().map(DataAttribute::id).toList());
        assertEquals(AttachmentLevel.SERIES, dsd.attributes().get(0).attachment());
        assertEquals(AttachmentLevel.OBSERVATION, dsd.attributes().get(1).attachment());
    }

    @Test
    void heuristicCapsDimensionsAndSkipsLargeOrContinuousVariables() {
        List<io.archivo.ddi.model.Variable> vars = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            vars.add(SdmxFixtures.variable(i, "p" + i, "P" + i, List.of(SdmxFixtures.cat("1", "Sí"), SdmxFixtures.cat("2", "No"))));
        }
        List<io.archivo.ddi.model.Category> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(SdmxFixtures.cat("" + i, "c" + i));
        }
        vars.add(0, SdmxFixtures.variable(10, "ocupacion", "Ocupación", many));
        vars.add(0, SdmxFixtures.variable(11, "mesada", "Mesada", List.of()));
        DimensionHeuristic.Choice c = DimensionHeuristic.choose(vars);
        assertTrue(c.time().isEmpty(), "'mesada' is not the word 'mes'");
        assertTrue(c.area().isEmpty());
        assertEquals(DimensionHeuristic.MAX_DIMENSIONS, c.others().size());
        assertEquals("p0", c.others().get(0).name(), "51 categories is too many");
        assertTrue(DimensionHeuristic.hasWord("FECHA_ENTREVISTA", DimensionHeuristic.TIME_WORDS));
        assertTrue(DimensionHeuristic.hasWord("cod_mpio", DimensionHeuristic.GEO_WORDS));
    }

    @Test
    void designationReplacesTheHeuristic() {
        DataStructure dsd = get(ArtefactType.DATA_STRUCTURE, "DSD_ECV-02", "2.0", DataStructure.class);
        assertEquals(List.of("FREQ", "SEXO"), dsd.dimensions().stream().map(Dimension::id).toList(),
                "AÑO became TIME_PERIOD");
        assertEquals("INGRESO", dsd.measure().concept().conceptId());
        assertEquals("Decimal", dsd.measure().representation().textType());
        DataAttribute estrato = dsd.attributes().get(2);
        assertEquals("ESTRATO_SOCIO-ECONOMICO", estrato.id());
        assertEquals(AttachmentLevel.OBSERVATION, estrato.attachment());
    }

    @Test
    void codelistsComeFromCategoriesWithSanitisedDeterministicIds() {
        Codelist cl = get(ArtefactType.CODELIST, "CL_ECV-01_ESTRATO_SOCIO-ECONOMICO", "2.0", Codelist.class);
        List<String> ids = cl.codes().stream().map(Code::id).toList();
        assertEquals("1", ids.get(0));
        assertTrue(ids.get(1).matches("1_[0-9A-F]{4}"), "duplicate value gets a hash suffix: " + ids.get(1));
        assertEquals("Sin_informacion", ids.get(2), "accents folded, space to _");
        assertEquals("Bajo-bajo", cl.codes().get(0).name().get("es"));
        SdmxArtefacts again = new StructureMapper().map(reversed(SdmxFixtures.catalogue()), List.of(SdmxFixtures.areaFrame()));
        assertEquals(set.all(), again.all(), "same input in another order maps to the same artefacts");
    }

    @Test
    void conceptsCarryLabelsQuestionsAndEnglishWhereTheDdiHasIt() {
        ConceptScheme cs = get(ArtefactType.CONCEPT_SCHEME, "CS_ECV-01", "2.0", ConceptScheme.class);
        assertEquals(List.of("ANO", "COMUNA", "SEXO", "ESTRATO_SOCIO-ECONOMICO", "INGRESO", "FACTOR"),
                cs.concepts().stream().map(Item::id).toList());
        Concept comuna = cs.concepts().get(1);
        assertEquals("Comuna de residencia", comuna.name().get("es"));
        assertEquals("Commune", comuna.name().get("en"));
        assertEquals("¿En qué comuna vive?", comuna.description().get("es"));
        assertEquals(null, cs.concepts().get(2).name().get("en"));
    }

    @Test
    void categorisationsFileEveryDataflowUnderAreaAndDepartment() {
        List<Categorisation> cats = set.ofType(ArtefactType.CATEGORISATION, Categorisation.class);
        assertEquals(6, cats.size());
        Categorisation area = cats.stream().filter(c -> c.ref().id().equals("CAT_AREA_ECV-01")).findFirst().orElseThrow();
        assertEquals("SOC", area.categoryId());
        assertEquals(StructureMapper.AREA_SCHEME_ID, area.categoryScheme().id());
        Categorisation dep = cats.stream().filter(c -> c.ref().id().equals("CAT_DEP_DF_12_Movilidad")).findFirst().orElseThrow();
        assertEquals("SECRETARIA_DE_MOVILIDAD", dep.categoryId());
    }

    @Test
    void oneAgencyInTheSdmxAgencyScheme() {
        var scheme = set.find(ArtefactType.AGENCY_SCHEME, "SDMX", "AGENCIES", "1.0").orElseThrow();
        assertEquals(List.of("ARCHIVO_CALI"), ((io.archivo.sdmx.model.AgencyScheme) scheme).agencies().stream().map(Item::id).toList());
        SdmxArtefacts other = new StructureMapper(new AgencyInfo("DAP_CALI", "DAP")).map(SdmxFixtures.catalogue(), List.of(SdmxFixtures.areaFrame()));
        assertTrue(other.all().stream().filter(a -> a.type() != ArtefactType.AGENCY_SCHEME)
                .allMatch(a -> a.ref().agency().equals("DAP_CALI")));
    }

    @Test
    void idSanitisation() {
        assertEquals("ano_de_encuesta", SdmxIds.ncName("  año de encuesta ", "C_"));
        assertEquals("C_1ER_TRIM", SdmxIds.conceptId("1er trim"));
        assertEquals("X", SdmxIds.itemId("¿?"));
        assertEquals("a@b$c-d", SdmxIds.itemId("a@b$c-d"));
        assertEquals("C_a_b", SdmxIds.ncName("a@b", "C_").startsWith("a") ? "C_a_b" : "fail");
        assertTrue(SdmxIds.isNcName(SdmxIds.ncName("Ñandú!", "X_")));
        UniqueIds u = new UniqueIds("FREQ");
        String first = u.claim("FREQ", "freq");
        assertNotEquals("FREQ", first);
        assertEquals(first, new UniqueIds("FREQ").claim("FREQ", "freq"), "suffix depends only on the raw name");
    }

    @Test
    void everyIdMatchesTheSchemaPatterns() {
        for (MaintainableArtefact a : set.all()) {
            assertTrue(SdmxIds.isNcName(a.ref().id()), a.ref().toString());
            if (a instanceof io.archivo.sdmx.model.ItemScheme<?> s) {
                s.items().forEach(i -> assertTrue(SdmxIds.isId(i.id()), i.id()));
            }
            if (a instanceof DataStructure d) {
                d.dimensions().forEach(x -> assertTrue(SdmxIds.isNcName(x.id()), x.id()));
            }
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
