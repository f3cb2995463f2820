package io.archivo.sdmx;

import io.archivo.ddi.model.Category;
import io.archivo.ddi.model.DdiVersion;
import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Text;
import io.archivo.ddi.model.Variable;
import io.archivo.sdmx.mapping.Designation;
import io.archivo.sdmx.mapping.ProcessInfo;
import io.archivo.sdmx.mapping.ProcessInput;
import io.archivo.sdmx.mapping.PublishedStudy;
import io.archivo.sdmx.mapping.StructureMapper;
import io.archivo.sdmx.model.SdmxArtefacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small, realistic catalogue inputs shared by the SDMX tests. */
public final class SdmxFixtures {

    private SdmxFixtures() {
    }

    public static Path sharedDir() {
        return Path.of(System.getProperty("archivo.shared.dir", "../shared"));
    }

    public static Text es(String s) {
        return new Text(s, "es");
    }

    public static Category cat(String value, String label) {
        return new Category(value, List.of(Text.of(label)), null, false);
    }

    public static Variable variable(int pos, String name, String label, List<Category> categories) {
        return new Variable(pos, "V" + pos, name, "F1", List.of(Text.of(label)), List.of(), categories.isEmpty() ? "contin" : "discrete",
                categories.isEmpty() ? "numeric" : "character", categories, Map.of());
    }

    public static StudyDescription study(String idno, List<Text> titles, List<Text> abstracts) {
        return new StudyDescription(DdiVersion.V2_5, idno, titles, List.of(), List.of(), List.of(), List.of(),
                List.of(), abstracts, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of("es", "en"));
    }

    /** Encuesta de calidad de vida: year, comuna, sex, stratum (with an accented, spaced value), income, weight. */
    public static PublishedStudy qualityOfLifeSurvey() {
        List<Variable> vars = new ArrayList<>();
        vars.add(variable(0, "AÑO", "Año de la encuesta", List.of()));
        vars.add(new Variable(1, "V1", "comuna", "F1", List.of(Text.of("Comuna de residencia"), new Text("Commune", "en")),
                List.of(new Text("¿En qué comuna vive?", "es")), "discrete", "character",
                List.of(cat("1", "Comuna 1"), cat("2", "Comuna 2"), cat("22", "Comuna 22")), Map.of()));
        vars.add(variable(2, "sexo", "Sexo", List.of(cat("1", "Hombre"), cat("2", "Mujer"))));
        vars.add(variable(3, "estrato socio-económico", "Estrato", List.of(cat("1", "Bajo-bajo"), cat("1 ", "Duplicado"),
                cat("Sin información", "Sin información"))));
        vars.add(variable(4, "ingreso", "Ingreso mensual del hogar", List.of()));
        vars.add(variable(5, "factor", "Factor de expansión", List.of()));
        return new PublishedStudy("COL-CALI-ECV-2023", 2,
                study("COL-CALI-ECV-2023", List.of(es("Encuesta de Calidad de Vida 2023"), new Text("Quality of Life Survey 2023", "en")),
                        List.of(es("Mide las condiciones de vida"), new Text("Measures living conditions", "en"))),
                vars);
    }

    public static List<ProcessInput> catalogue() {
        return List.of(
                new ProcessInput(new ProcessInfo("ECV-01", "Encuesta de Calidad de Vida", "Condiciones de vida de los hogares",
                        "SOC", "Social", "Departamento Administrativo de Planeación"), qualityOfLifeSurvey(), null),
                new ProcessInput(new ProcessInfo("ECV-02", "Calidad de vida designada", null, "SOC", "Social",
                        "Departamento Administrativo de Planeación"), qualityOfLifeSurvey(),
                        new Designation(List.of("AÑO", "sexo"), "ingreso", List.of("estrato socio-económico"))),
                ProcessInput.of(new ProcessInfo("12 Movilidad", "Registro de movilidad", "Viajes registrados",
                        "MOV", "Movilidad", "Secretaría de Movilidad")));
    }

    /** A small version of Cali's geographic frame: the municipality, three comunas and a corregimiento. */
    public static io.archivo.geo.AreaFrame areaFrame() {
        return new io.archivo.geo.AreaFrame("1.0", java.time.Instant.parse("2026-01-01T00:00:00Z"), List.of(
                new io.archivo.geo.GeoArea("76001", "Santiago de Cali", "municipio", null),
                new io.archivo.geo.GeoArea("01", "Comuna 1", "comuna", "76001"),
                new io.archivo.geo.GeoArea("02", "Comuna 2", "comuna", "76001"),
                new io.archivo.geo.GeoArea("22", "Comuna 22", "comuna", "76001"),
                new io.archivo.geo.GeoArea("51", "Navarro", "corregimiento", "76001")));
    }

    /** The small frame as version 1.1 ships it: its places, then the zones and SDMX special codes tables use. */
    public static io.archivo.geo.AreaFrame areaFrameWithTableCodes() {
        List<io.archivo.geo.GeoArea> areas = new ArrayList<>(areaFrame().areas());
        areas.add(new io.archivo.geo.GeoArea("URBANA", "Zona urbana (comunas)", "zona", "76001"));
        areas.add(new io.archivo.geo.GeoArea("RURAL", "Zona rural (corregimientos)", "zona", "76001"));
        areas.add(new io.archivo.geo.GeoArea("_O", "Fuera de Cali (otro municipio)", "especial", null));
        areas.add(new io.archivo.geo.GeoArea("_U", "Sin información", "especial", null));
        areas.add(new io.archivo.geo.GeoArea("_Z", "No aplica", "especial", null));
        return new io.archivo.geo.AreaFrame("1.1", java.time.Instant.parse("2026-12-05T00:00:00Z"), areas);
    }

    public static SdmxArtefacts artefacts() {
        return new StructureMapper().map(catalogue(), List.of(areaFrame()));
    }
}
