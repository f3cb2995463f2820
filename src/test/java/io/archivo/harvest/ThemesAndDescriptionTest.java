package io.archivo.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.ddi.model.DateRef;
import io.archivo.ddi.model.DdiVersion;
import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Text;
import io.archivo.harvest.source.ProcessFacts;
import io.archivo.harvest.source.PublicStudy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The thematic-area mapping (docs/harvesting.md) and the sizing of descriptions for schema.org. */
class ThemesAndDescriptionTest {

    @Test
    void thematicAreasOfTheInventoryMapToEuThemesAndDatosAbiertos() {
        assertEquals(new Themes.Theme("HEAL", "Salud y Protección Social"), Themes.of("Salud y Protección Social"));
        assertEquals(new Themes.Theme("TRAN", "Transporte"), Themes.of("Transporte y movilidad"));
        assertEquals(new Themes.Theme("EDUC", "Educación"), Themes.of("EDUCACIÓN"));
        assertEquals(new Themes.Theme("ECON", "Hacienda y Crédito Público"), Themes.of("Finanzas públicas"));
        assertEquals(new Themes.Theme("JUST", "Seguridad y Defensa"), Themes.of("Seguridad y convivencia"));
        assertEquals(new Themes.Theme("SOCI", "Estadísticas Nacionales"), Themes.of("Demografía y condiciones de vida"));
        assertEquals(Themes.FALLBACK, Themes.of("Asuntos varios"));
        assertEquals(Themes.FALLBACK, Themes.of(null));
        assertEquals("http://publications.europa.eu/resource/authority/data-theme/HEAL", Themes.of("salud").euUri());
        assertEquals("Health", Themes.of("salud").euLabel());
    }

    static PublicStudy study(String abstractText) {
        StudyDescription d = new StudyDescription(DdiVersion.values()[0], "X-1", List.of(Text.of("Encuesta")), List.of(),
                List.of(), List.of(), List.of(), List.of(), abstractText == null ? List.of() : List.of(Text.of(abstractText)),
                List.of(), List.of(), List.of(new DateRef("start", "2024-01-01", null), new DateRef("end", "2024-12-31", null)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, List.of(), List.of("es"));
        return new PublicStudy("X-1", "Encuesta", "P-1", "2.5", 1, 3, null, null, d, io.archivo.geo.AreaCoverage.NONE, 0, null);
    }

    @Test
    void descriptionsAreSizedBetween50And5000Characters() {
        ProcessFacts p = new ProcessFacts("P-1", "Proceso", "salud", "Salud", "Salud", "operacion_estadistica", "Operación");
        String shortOne = DescriptionText.sized(study("Corto"), p);
        assertTrue(shortOne.startsWith("Corto. Estudio estadístico «Encuesta» (X-1) del proceso P-1"), shortOne);
        assertTrue(shortOne.contains("2024-01-01/2024-12-31") && shortOne.contains("3 variables"), shortOne);
        assertTrue(DescriptionText.sized(study(null), null).length() >= DescriptionText.MIN);
        String longOne = DescriptionText.sized(study("palabra ".repeat(1000)), p);
        assertTrue(longOne.length() <= DescriptionText.MAX && longOne.endsWith("…"), longOne.length() + "");
        String exact = "x".repeat(60);
        assertEquals(exact, DescriptionText.sized(study("  " + exact + "\n"), p));
    }
}
