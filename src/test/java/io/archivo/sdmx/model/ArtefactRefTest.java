package io.archivo.sdmx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArtefactRefTest {

    @Test
    void parseAndToStringRoundTrip() {
        ArtefactRef ref = ArtefactRef.parse("ARCHIVO_CALI:DSD_ECV-01(2.0)");
        assertEquals(ArtefactRef.of("ARCHIVO_CALI", "DSD_ECV-01", "2.0"), ref);
        assertEquals("ARCHIVO_CALI:DSD_ECV-01(2.0)", ref.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A:B", "A(1.0)", "A:B(1.0", ":B(1.0)", "A:B()"})
    void rejectsMalformedReferences(String text) {
        assertThrows(IllegalArgumentException.class, () -> ArtefactRef.parse(text));
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(ArtefactRef.compareVersions("10.0", "9.0") > 0);
        assertEquals(0, ArtefactRef.compareVersions("1.0", "1.0.0"));
    }

    @Test
    void urnsFollowTheSdmxPattern() {
        ArtefactRef cs = ArtefactRef.of("A", "CS", "1.0");
        assertEquals("urn:sdmx:org.sdmx.infomodel.conceptscheme.ConceptScheme=A:CS(1.0)", ArtefactType.CONCEPT_SCHEME.urn(cs));
        assertEquals("urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=A:CS(1.0).FREQ", new ConceptRef(cs, "FREQ").urn());
        assertEquals("urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=A:DF(1.0)",
                ArtefactType.DATAFLOW.urn(ArtefactRef.of("A", "DF", "1.0")));
    }

    @Test
    void localisedTextKeepsOrderAndDropsBlanks() {
        LocalisedText t = new LocalisedText(new java.util.LinkedHashMap<>(Map.of("es", "Hola"))).with("en", "Hi").with("fr", " ");
        assertEquals(List.of("es", "en"), List.copyOf(t.values().keySet()));
        assertEquals("Hi", t.preferred("en"));
        assertEquals("Hola", t.preferred("de"));
    }

    @Test
    void setRejectsDuplicatesAndFindsByKey() {
        Codelist cl = new Codelist(ArtefactRef.of("A", "CL", "1.0"), LocalisedText.es("x"), null, List.of());
        assertThrows(IllegalArgumentException.class, () -> SdmxArtefacts.of(List.of(cl, cl)));
        assertTrue(SdmxArtefacts.of(List.of(cl)).find(ArtefactType.CODELIST, "A", "CL", "1.0").isPresent());
    }
}
