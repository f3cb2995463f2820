package io.archivo.ddi.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archivo.ddi.model.DdiVersion;
import org.junit.jupiter.api.Test;

class VersionDetectorTest {

    @Test
    void theDdi25NamespaceDecides() {
        assertEquals(DdiVersion.V2_5, VersionDetector.detect("ddi:codebook:2_5", null, null));
        assertEquals(DdiVersion.V2_5, VersionDetector.detect("ddi:codebook:2_5", "1.2.2", null));
    }

    @Test
    void legacyFilesAreToldByVersionAttributeThenGrammarName() {
        assertEquals(DdiVersion.V1_2_2, VersionDetector.detect(DdiNamespaces.ICPSR_LEGACY, "1.2.2", null));
        assertEquals(DdiVersion.V2_0, VersionDetector.detect(DdiNamespaces.ICPSR_LEGACY, "2.0", null));
        assertEquals(DdiVersion.V2_1, VersionDetector.detect("", "2.1", null));
        assertEquals(DdiVersion.V2_0, VersionDetector.detect("", null, "http://www.icpsr.umich.edu/DDI/Version2-0.dtd "));
        assertEquals(DdiVersion.V1_2_2, VersionDetector.detect(DdiNamespaces.ICPSR_LEGACY, null,
                " http://www.icpsr.umich.edu/DDI http://www.icpsr.umich.edu/DDI/Version1-2-2.xsd"));
        assertEquals(DdiVersion.V2_1, VersionDetector.detect("", null, "Version2-1.dtd"));
    }

    @Test
    void aLegacyFileThatSaysNothingIsTakenAs20() {
        assertEquals(DdiVersion.V2_0, VersionDetector.detect("", null, " "));
        assertEquals(DdiVersion.V2_0, VersionDetector.detect(DdiNamespaces.ICPSR_LEGACY, "draft", null));
    }
}
