package io.archivo.search;

import io.archivo.search.index.LuceneIndex;

import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A small Spanish catalogue in the style of the Cali statistics office, used by the service and relevance tests.
 * Three studies are hidden from the public: a draft, a "clasificada" and a "reservada" one; each carries words
 * no public study has ("indigencia", "intrafamiliar", "envejecimiento") so leaks are easy to detect.
 */
public final class TestCatalogue {

    public static final String DAP = "Departamento Administrativo de Planeación";
    public static final String EDUCACION = "Secretaría de Educación";
    public static final String SALUD = "Secretaría de Salud Pública";
    public static final String MOVILIDAD = "Secretaría de Movilidad";
    public static final String DAGMA = "DAGMA";
    public static final String HACIENDA = "Departamento Administrativo de Hacienda";
    public static final String SEGURIDAD = "Secretaría de Seguridad y Justicia";
    public static final String CULTURA = "Secretaría de Cultura";
    public static final String BIENESTAR = "Secretaría de Bienestar Social";

    public static final String DRAFT_ID = "CALI-DAP-HDC-2024";
    public static final String CLASSIFIED_ID = "CALI-SSJ-VIF-2023";
    public static final String RESERVED_ID = "CALI-SBS-ADM-2021";

    private static final String SURVEY = "Encuesta por muestreo";
    private static final String REGISTRY = "Registro administrativo";
    private static final String CENSUS = "Censo";

    private TestCatalogue() {
    }

    public static LuceneIndex newIndex() {
        LuceneIndex index = LuceneIndex.open(new ByteBuffersDirectory());
        for (StudyDocument study : studies()) {
            index.upsertStudy(study, variables(study.studyId()));
        }
        return index;
    }

    public static List<StudyDocument> studies() {
        return List.of(
                StudyDocument.builder("CALI-DAP-EGH-2023", 3)
                        .title("Encuesta de Hogares de Cali 2023").title("Cali Household Survey 2023", "en")
                        .abstractText("Encuesta por muestreo a hogares de la zona urbana y rural de Santiago de Cali sobre "
                                + "empleo, ingresos, pobreza monetaria y condiciones de vida de la población.")
                        .abstractText("Sample survey of households in Cali about employment, income and poverty.", "en")
                        .keywords("hogares", "empleo", "ingresos", "pobreza").topics("Condiciones de vida")
                        .department(DAP).process("DAP-EGH", "Encuesta de Hogares", SURVEY)
                        .thematicArea("Pobreza y condiciones de vida").kindOfData("Datos de encuesta")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Hogar").unitOfAnalysis("Persona")
                        .collectionMode("Entrevista personal (CAPI)").years(2023, 2023).language("es").language("en").build(),
                StudyDocument.builder("CALI-DAP-EGH-2019", 1)
                        .title("Encuesta de Hogares de Cali 2019")
                        .abstractText("Medición de empleo, ingresos y pobreza de los hogares caleños antes de la pandemia.")
                        .keywords("hogares", "empleo", "ingresos").topics("Condiciones de vida")
                        .department(DAP).process("DAP-EGH", "Encuesta de Hogares", SURVEY)
                        .thematicArea("Pobreza y condiciones de vida").kindOfData("Datos de encuesta")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Hogar").years(2019, 2019).language("es").build(),
                StudyDocument.builder("CALI-DAP-POB-2020", 1)
                        .title("Proyecciones de población por comunas 2020-2035")
                        .abstractText("Proyecciones demográficas de la población de Cali por comuna, sexo y edad.")
                        .keywords("población", "demografía", "comunas").topics("Demografía y población")
                        .department(DAP).process("DAP-PPC", "Proyecciones de población", "Estadística derivada")
                        .thematicArea("Demografía y población").kindOfData("Estimaciones")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Comuna").years(2020, 2035).language("es").build(),
                StudyDocument.builder("CALI-SEM-MAT-2022", 2)
                        .title("Matrícula escolar en instituciones educativas oficiales 2022")
                        .abstractText("Registro de estudiantes matriculados en colegios oficiales de Cali por grado, "
                                + "jornada y comuna. Incluye educación preescolar, básica y media.")
                        .keywords("educación", "matrícula", "estudiantes", "colegios").topics("Educación")
                        .department(EDUCACION).process("SEM-MAT", "Matrícula oficial", REGISTRY)
                        .thematicArea("Educación").kindOfData("Registro administrativo")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Estudiante").years(2022, 2022).language("es").build(),
                StudyDocument.builder("CALI-SEM-DES-2021", 1)
                        .title("Deserción escolar y permanencia educativa 2021")
                        .abstractText("Tasas de deserción y permanencia de estudiantes en la educación oficial de Cali.")
                        .keywords("educación", "deserción escolar", "permanencia").topics("Educación")
                        .department(EDUCACION).process("SEM-DES", "Deserción escolar", REGISTRY)
                        .thematicArea("Educación").kindOfData("Registro administrativo")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Estudiante").years(2021, 2021).language("es").build(),
                StudyDocument.builder("CALI-SSP-VAC-2023", 1)
                        .title("Cobertura de vacunación infantil 2023")
                        .abstractText("Dosis aplicadas del Programa Ampliado de Inmunizaciones (PAI) a niños y niñas menores de cinco años.")
                        .keywords("salud", "vacunación", "niños", "inmunización").topics("Salud")
                        .department(SALUD).process("SSP-PAI", "Programa Ampliado de Inmunizaciones", REGISTRY)
                        .thematicArea("Salud").kindOfData("Registro administrativo")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Persona").years(2023, 2023).language("es").build(),
                StudyDocument.builder("CALI-SSP-EV-2020", 1)
                        .title("Estadísticas vitales: nacimientos y defunciones 2020")
                        .abstractText("Nacimientos y defunciones ocurridos en Cali, con causas de mortalidad.")
                        .keywords("salud", "mortalidad", "natalidad", "defunciones").topics("Salud")
                        .department(SALUD).process("SSP-EEVV", "Estadísticas vitales", REGISTRY)
                        .thematicArea("Salud").kindOfData("Registro administrativo")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Persona").years(2020, 2020).language("es").build(),
                StudyDocument.builder("CALI-SMV-ACC-2022", 2)
                        .title("Accidentes de tránsito en Cali 2022")
                        .abstractText("Siniestros viales registrados por la Secretaría de Movilidad: lesionados, "
                                + "fallecidos, tipo de vehículo y lugar del accidente.")
                        .keywords("tránsito", "accidentalidad", "siniestros viales", "movilidad").topics("Movilidad")
                        .department(MOVILIDAD).process("SMV-ACC", "Accidentalidad vial", REGISTRY)
                        .thematicArea("Movilidad y transporte").kindOfData("Registro administrativo")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Accidente").years(2022, 2022).language("es").build(),
                StudyDocument.builder("CALI-SMV-AFO-2023", 1)
                        .title("Aforos vehiculares en corredores viales 2023")
                        .abstractText("Conteos de vehículos y velocidades promedio en los principales corredores de la ciudad.")
                        .keywords("movilidad", "tráfico", "vehículos").topics("Movilidad")
                        .department(MOVILIDAD).process("SMV-AFO", "Aforos vehiculares", "Medición directa")
                        .thematicArea("Movilidad y transporte").kindOfData("Mediciones")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Corredor vial").years(2023, 2023).language("es").build(),
                StudyDocument.builder("CALI-DAGMA-AIRE-2023", 4)
                        .title("Calidad del aire en Cali 2023")
                        .alternativeTitle("Red de monitoreo de calidad del aire", "es")
                        .abstractText("Concentraciones de material particulado PM2.5 y PM10 y ozono medidas por las "
                                + "estaciones de la red de monitoreo del DAGMA.")
                        .abstractText("Air quality monitoring network: particulate matter concentrations.", "en")
                        .keywords("calidad del aire", "contaminación", "material particulado", "medio ambiente").topics("Medio ambiente")
                        .department(DAGMA).process("DAGMA-RMCA", "Red de monitoreo de calidad del aire", "Medición directa")
                        .thematicArea("Medio ambiente").kindOfData("Mediciones")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Estación de monitoreo").years(2023, 2023)
                        .language("es").language("en").build(),
                StudyDocument.builder("CALI-DAGMA-RUI-2021", 1)
                        .title("Mapa de ruido ambiental 2021")
                        .abstractText("Niveles de presión sonora en zonas residenciales y comerciales de la ciudad.")
                        .keywords("ruido", "medio ambiente", "contaminación auditiva").topics("Medio ambiente")
                        .department(DAGMA).process("DAGMA-RUI", "Mapa de ruido", "Medición directa")
                        .thematicArea("Medio ambiente").kindOfData("Mediciones")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Punto de medición").years(2021, 2021).language("es").build(),
                StudyDocument.builder("CALI-HAC-PRE-2023", 1)
                        .title("Recaudo del impuesto predial unificado 2023")
                        .abstractText("Recaudo mensual del impuesto predial por comuna y estrato, cartera y descuentos por pronto pago.")
                        .keywords("impuesto predial", "recaudo", "tributos", "finanzas públicas").topics("Finanzas públicas")
                        .department(HACIENDA).process("HAC-PRE", "Impuesto predial", REGISTRY)
                        .thematicArea("Finanzas públicas").kindOfData("Registro administrativo")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Predio").years(2023, 2023).language("es").build(),
                StudyDocument.builder("CALI-HAC-ICA-2022", 1)
                        .title("Recaudo del impuesto de industria y comercio 2022")
                        .abstractText("Declaraciones y recaudo del impuesto de industria y comercio (ICA) por actividad económica.")
                        .keywords("industria y comercio", "recaudo", "tributos").topics("Finanzas públicas")
                        .department(HACIENDA).process("HAC-ICA", "Industria y comercio", REGISTRY)
                        .thematicArea("Finanzas públicas").kindOfData("Registro administrativo")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Contribuyente").years(2022, 2022).language("es").build(),
                StudyDocument.builder("CALI-SSJ-DEL-2023", 1)
                        .title("Homicidios y hurtos en Cali 2023")
                        .abstractText("Delitos de alto impacto registrados por comuna: homicidios, hurtos a personas y lesiones.")
                        .keywords("seguridad", "homicidios", "hurtos", "delitos").topics("Seguridad y convivencia")
                        .department(SEGURIDAD).process("SSJ-DEL", "Observatorio de seguridad", REGISTRY)
                        .thematicArea("Seguridad y convivencia").kindOfData("Registro administrativo")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Caso").years(2023, 2023).language("es").build(),
                StudyDocument.builder("CALI-CUL-CON-2022", 1)
                        .title("Encuesta de consumo cultural 2022")
                        .abstractText("Asistencia de la población a conciertos, teatro, bibliotecas y eventos culturales.")
                        .keywords("cultura", "consumo cultural", "bibliotecas").topics("Cultura")
                        .department(CULTURA).process("CUL-ECC", "Encuesta de consumo cultural", SURVEY)
                        .thematicArea("Cultura").kindOfData("Datos de encuesta")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Persona").years(2022, 2022).language("es").build(),
                // hidden: a draft
                StudyDocument.builder(DRAFT_ID, 1)
                        .title("Censo de habitantes de calle 2024")
                        .abstractText("Conteo y caracterización de personas en situación de indigencia.")
                        .keywords("indigencia", "habitantes de calle").topics("Inclusión social")
                        .department(DAP).process("DAP-CHC", "Censo de habitantes de calle", CENSUS)
                        .thematicArea("Inclusión social").kindOfData("Censo")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Persona").years(2024, 2024)
                        .published(false).language("es").build(),
                // hidden: classified
                StudyDocument.builder(CLASSIFIED_ID, 1)
                        .title("Violencia intrafamiliar: casos denunciados 2023")
                        .abstractText("Casos de violencia intrafamiliar y maltrato denunciados ante comisarías de familia.")
                        .keywords("violencia intrafamiliar", "maltrato").topics("Seguridad y convivencia")
                        .department(SEGURIDAD).process("SSJ-VIF", "Violencia intrafamiliar", REGISTRY)
                        .thematicArea("Seguridad y convivencia").kindOfData("Registro administrativo")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Caso").years(2023, 2023)
                        .access(AccessClassification.CLASIFICADA).language("es").build(),
                // hidden: reserved
                StudyDocument.builder(RESERVED_ID, 1)
                        .title("Caracterización de adultos mayores 2021")
                        .abstractText("Condiciones de envejecimiento de personas mayores atendidas en centros día.")
                        .keywords("envejecimiento", "adulto mayor").topics("Inclusión social")
                        .department(BIENESTAR).process("SBS-ADM", "Adulto mayor", SURVEY)
                        .thematicArea("Inclusión social").kindOfData("Datos de encuesta")
                        .geographicCoverage("Santiago de Cali").unitOfAnalysis("Persona").years(2021, 2021)
                        .access(AccessClassification.RESERVADA).language("es").build());
    }

    public static List<VariableDocument> variables(String studyId) {
        return switch (studyId) {
            case "CALI-DAP-EGH-2023" -> List.of(
                    VariableDocument.of(studyId, "V1", "P6020", "Sexo de la persona", "¿Cuál es el sexo de ...?", List.of("Hombre", "Mujer")),
                    VariableDocument.of(studyId, "V2", "P6040", "Edad en años cumplidos", "¿Cuántos años cumplidos tiene ...?", List.of()),
                    VariableDocument.of(studyId, "V3", "INGTOTHOG", "Ingreso total del hogar",
                            "¿Cuál fue el ingreso total del hogar el mes pasado?", List.of()));
            case "CALI-SEM-MAT-2022" -> List.of(
                    VariableDocument.of(studyId, "V1", "GRADO", "Grado escolar del estudiante", null,
                            List.of("Transición", "Primero", "Undécimo")),
                    VariableDocument.of(studyId, "V2", "JORNADA", "Jornada escolar", null, List.of("Mañana", "Tarde", "Única")));
            case "CALI-SSP-VAC-2023" -> List.of(
                    VariableDocument.of(studyId, "V1", "DOSIS", "Dosis aplicadas por biológico", null, List.of("Triple viral", "Polio")));
            case CLASSIFIED_ID -> List.of(
                    VariableDocument.of(studyId, "V1", "TIPO_VIOL", "Tipo de maltrato denunciado", null,
                            List.of("Físico", "Psicológico")));
            case DRAFT_ID -> List.of(
                    VariableDocument.of(studyId, "V1", "SITIO", "Sitio de pernocta de la persona en indigencia", null, List.of()));
            default -> List.of();
        };
    }
}
