package io.archivo.bench.search;

import io.archivo.search.AccessClassification;
import io.archivo.search.StudyDocument;
import io.archivo.search.VariableDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic synthetic catalogue for the search benchmark: {@code studies} Spanish studies of the departments of
 * the Alcaldía, each with {@code variablesPerStudy} variables. Titles, abstracts and keywords come from each
 * department's themes; variables mix the common ones (year, comuna, sex, age, stratum…) with thematic ones, each
 * with a label, a question and category labels. The same seed always gives the same records, so Archivo and
 * PostgreSQL are loaded with identical text.
 */
public final class BenchCatalogue {

    /** One study and its variables, as both engines receive them. */
    public record Record(StudyDocument study, List<VariableDocument> variables) {
    }

    record Var(String name, String label, String question, List<String> categories) {
    }

    record Theme(String department, String thematicArea, List<String> subjects, List<String> keywords,
                 List<String> phrases, List<Var> variables) {
    }

    private static final List<String> KINDS = List.of("Encuesta", "Censo", "Registro administrativo", "Estadísticas",
            "Boletín", "Indicadores", "Monitoreo", "Caracterización", "Diagnóstico", "Seguimiento");
    private static final List<String> PLACES = List.of("de Santiago de Cali", "en las comunas de Cali",
            "en la zona rural de Cali", "del distrito de Cali", "en los corregimientos", "en la ladera", "en el oriente de Cali",
            "en el centro de Cali", "por comuna y corregimiento", "de la ciudad");
    private static final List<String> MODES = List.of("Entrevista personal con dispositivo móvil", "Registro administrativo",
            "Formulario web", "Entrevista telefónica", "Observación directa", "Sensores automáticos");
    private static final List<String> KIND_OF_DATA = List.of("Datos de encuesta por muestreo", "Registros administrativos",
            "Datos de censo", "Datos de sensores");
    private static final List<String> UNITS = List.of("Hogares", "Personas", "Predios", "Establecimientos", "Eventos",
            "Vehículos", "Estaciones de monitoreo");

    private static final List<Var> COMMON = List.of(
            new Var("anio", "Año de referencia", "Año al que corresponde el registro", List.of()),
            new Var("mes", "Mes", "Mes de ocurrencia o de referencia", List.of("Enero", "Febrero", "Marzo", "Abril", "Mayo",
                    "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre")),
            new Var("comuna", "Comuna", "Comuna o corregimiento de residencia", List.of("Comuna 1", "Comuna 2", "Comuna 3",
                    "Comuna 13", "Comuna 15", "Comuna 21", "Zona rural (corregimientos)", "Sin información")),
            new Var("zona", "Zona", "Zona de residencia", List.of("Cabecera (urbana)", "Rural")),
            new Var("sexo", "Sexo", "Sexo de la persona", List.of("Hombre", "Mujer", "Sin información")),
            new Var("edad", "Edad en años cumplidos", "¿Cuántos años cumplidos tiene?", List.of()),
            new Var("grupo_edad", "Grupo de edad", "Grupo quinquenal de edad", List.of("0 a 4 años", "5 a 14 años",
                    "15 a 28 años", "29 a 59 años", "60 años y más")),
            new Var("estrato", "Estrato socioeconómico", "Estrato de la vivienda según la factura de servicios públicos",
                    List.of("Estrato 1 (bajo-bajo)", "Estrato 2 (bajo)", "Estrato 3 (medio-bajo)", "Estrato 4 (medio)",
                            "Estrato 5 (medio-alto)", "Estrato 6 (alto)")),
            new Var("etnia", "Autorreconocimiento étnico", "De acuerdo con su cultura, pueblo o rasgos físicos, usted se reconoce como",
                    List.of("Indígena", "Negro(a), mulato(a), afrodescendiente", "Raizal", "Palenquero(a)", "Ningún grupo étnico")),
            new Var("nivel_educativo", "Nivel educativo más alto alcanzado", "¿Cuál es el nivel educativo más alto que aprobó?",
                    List.of("Ninguno", "Básica primaria", "Básica secundaria", "Media", "Técnica o tecnológica", "Universitaria", "Posgrado")),
            new Var("fex", "Factor de expansión", "Factor de expansión calibrado a las proyecciones de población", List.of()),
            new Var("barrio", "Barrio", "Barrio de residencia o de ocurrencia", List.of()));

    private static final List<Theme> THEMES = List.of(
            new Theme("Salud", "Salud", List.of("mortalidad infantil", "vacunación", "natalidad", "salud mental",
                    "dengue", "atención hospitalaria", "nutrición infantil", "embarazo adolescente", "tuberculosis", "salud oral"),
                    List.of("salud pública", "defunciones", "nacimientos", "cobertura de vacunación", "epidemiología",
                            "morbilidad", "régimen subsidiado", "primera infancia", "enfermedades transmisibles"),
                    List.of("casos notificados al sistema de vigilancia en salud pública", "certificados de defunción y de nacido vivo",
                            "atenciones en las instituciones prestadoras de servicios de salud", "coberturas de vacunación por biológico",
                            "indicadores de morbilidad y mortalidad por causa"),
                    List.of(new Var("causa_muerte", "Causa básica de defunción", "Causa básica de la defunción agrupada",
                                    List.of("Enfermedades transmisibles", "Neoplasias", "Enfermedades del sistema circulatorio", "Causas externas")),
                            new Var("regimen", "Régimen de afiliación en salud", "¿A qué régimen de seguridad social en salud está afiliado?",
                                    List.of("Contributivo", "Subsidiado", "Especial", "No afiliado")),
                            new Var("vacuna", "Biológico aplicado", "¿Qué vacuna se aplicó?", List.of("BCG", "Pentavalente",
                                    "Triple viral", "Influenza", "Virus del papiloma humano")),
                            new Var("peso_nacer", "Peso al nacer (gramos)", "Peso del recién nacido en gramos", List.of()),
                            new Var("hospitalizado", "Hospitalización", "¿La persona fue hospitalizada?", List.of("Sí", "No")),
                            new Var("discapacidad", "Condición de discapacidad", "¿Tiene alguna dificultad permanente para ver, oír o caminar?",
                                    List.of("Sí", "No")))),
            new Theme("Educación", "Educación", List.of("matrícula escolar", "deserción escolar", "pruebas Saber",
                    "infraestructura educativa", "alimentación escolar", "educación superior", "alfabetización"),
                    List.of("educación básica", "educación media", "estudiantes", "colegios oficiales", "permanencia escolar",
                            "calidad educativa", "docentes"),
                    List.of("estudiantes matriculados en los establecimientos oficiales y privados", "resultados de las pruebas de estado",
                            "sedes educativas y su estado físico", "causas de la deserción intraanual"),
                    List.of(new Var("grado", "Grado escolar", "Grado que cursa el estudiante", List.of("Transición", "Primero",
                                    "Quinto", "Noveno", "Once")),
                            new Var("sector", "Sector del establecimiento", "El colegio es", List.of("Oficial", "Privado", "Contratado")),
                            new Var("jornada", "Jornada escolar", "Jornada a la que asiste", List.of("Mañana", "Tarde", "Única", "Nocturna")),
                            new Var("situacion", "Situación académica final", "Situación del estudiante al cierre del año",
                                    List.of("Aprobado", "Reprobado", "Desertor", "Trasladado")),
                            new Var("puntaje", "Puntaje global en la prueba Saber 11", "Puntaje global obtenido", List.of()),
                            new Var("pae", "Beneficiario del programa de alimentación escolar", "¿Recibe el complemento alimentario?",
                                    List.of("Sí", "No")))),
            new Theme("Planeación", "Demografía y condiciones de vida", List.of("empleo y calidad de vida", "pobreza monetaria",
                    "proyecciones de población", "mercado laboral", "ingresos de los hogares", "migración", "estratificación"),
                    List.of("hogares", "desempleo", "informalidad", "pobreza", "población", "ingresos", "calidad de vida",
                            "condiciones de vida"),
                    List.of("hogares encuestados con representatividad por comuna", "tasa de desempleo y de informalidad laboral",
                            "pobreza monetaria y multidimensional de los hogares", "proyecciones de población por sexo y edad"),
                    List.of(new Var("ocupado", "Condición de actividad", "¿En qué actividad ocupó la mayor parte del tiempo la semana pasada?",
                                    List.of("Trabajando", "Buscando trabajo", "Estudiando", "Oficios del hogar")),
                            new Var("ingreso", "Ingreso mensual del hogar (pesos)", "¿Cuánto suman los ingresos mensuales del hogar?", List.of()),
                            new Var("parentesco", "Parentesco con el jefe del hogar", "¿Qué parentesco tiene con el jefe o jefa del hogar?",
                                    List.of("Jefe(a) del hogar", "Cónyuge", "Hijo(a)", "Otro pariente")),
                            new Var("informal", "Ocupado informal", "¿Cotiza a pensión en su trabajo principal?", List.of("Sí", "No")),
                            new Var("pobre", "Hogar en pobreza monetaria", "El ingreso per cápita del hogar está por debajo de la línea de pobreza",
                                    List.of("Pobre", "No pobre")),
                            new Var("migrante", "Lugar de nacimiento", "¿Dónde nació?", List.of("En Cali", "Otro municipio", "Otro país")))),
            new Theme("Hacienda", "Finanzas públicas", List.of("impuesto predial", "industria y comercio", "recaudo tributario",
                    "ejecución presupuestal", "deuda pública", "avalúo catastral"),
                    List.of("impuestos", "recaudo", "contribuyentes", "finanzas públicas", "presupuesto", "catastro"),
                    List.of("facturación y recaudo de los tributos municipales", "predios por destino económico y avalúo",
                            "ejecución de ingresos y gastos del presupuesto distrital"),
                    List.of(new Var("destino", "Destino económico del predio", "Destino económico registrado en catastro",
                                    List.of("Habitacional", "Comercial", "Industrial", "Lote")),
                            new Var("avaluo", "Avalúo catastral (pesos)", "Valor del avalúo catastral vigente", List.of()),
                            new Var("recaudado", "Valor recaudado (pesos)", "Valor pagado por el contribuyente", List.of()),
                            new Var("canal", "Canal de pago", "Medio por el que se realizó el pago", List.of("Banco", "Pago en línea", "Corresponsal")),
                            new Var("actividad", "Sector de actividad económica", "Actividad económica principal declarada",
                                    List.of("Industria", "Comercio", "Servicios", "Construcción")))),
            new Theme("Tránsito", "Transporte y movilidad", List.of("siniestralidad vial", "aforos vehiculares", "transporte público",
                    "movilidad en bicicleta", "comparendos de tránsito", "velocidades en corredores viales"),
                    List.of("movilidad", "seguridad vial", "accidentes de tránsito", "víctimas", "motociclistas", "MIO", "congestión"),
                    List.of("siniestros viales y sus víctimas según los informes policiales", "volúmenes vehiculares en los corredores",
                            "viajes en el sistema de transporte masivo MIO", "infracciones de tránsito impuestas"),
                    List.of(new Var("gravedad", "Gravedad del siniestro", "Gravedad del siniestro vial", List.of("Con muertos", "Con heridos", "Solo daños")),
                            new Var("actor_vial", "Actor vial de la víctima", "Condición de la víctima en la vía",
                                    List.of("Peatón", "Ciclista", "Motociclista", "Pasajero", "Conductor")),
                            new Var("vehiculo", "Tipo de vehículo", "Clase de vehículo involucrado", List.of("Automóvil", "Motocicleta",
                                    "Bicicleta", "Bus del MIO", "Camión")),
                            new Var("velocidad", "Velocidad media (km/h)", "Velocidad media registrada en el tramo", List.of()),
                            new Var("hora", "Hora de ocurrencia", "Hora en que ocurrió el hecho", List.of()),
                            new Var("modo", "Modo de transporte principal", "¿Qué medio de transporte usa para ir al trabajo o estudio?",
                                    List.of("A pie", "Bicicleta", "MIO", "Moto", "Carro particular")))),
            new Theme("DAGMA", "Ambiente", List.of("calidad del aire", "ruido ambiental", "arbolado urbano", "calidad del agua",
                    "residuos sólidos", "cambio climático", "humedales"),
                    List.of("contaminación atmosférica", "material particulado", "medio ambiente", "río Cauca", "reciclaje", "biodiversidad"),
                    List.of("concentraciones de contaminantes medidas por las estaciones de monitoreo", "niveles de presión sonora",
                            "inventario de árboles en el espacio público", "calidad del agua de los ríos de la ciudad"),
                    List.of(new Var("contaminante", "Contaminante", "Contaminante criterio medido", List.of("PM10", "PM2.5", "Ozono", "Dióxido de nitrógeno")),
                            new Var("concentracion", "Concentración (µg/m³)", "Concentración promedio del contaminante", List.of()),
                            new Var("estacion", "Estación de monitoreo", "Estación que realizó la medición", List.of("Norte", "Centro", "Sur", "Ladera")),
                            new Var("decibeles", "Nivel de presión sonora (dB)", "Nivel equivalente de ruido medido", List.of()),
                            new Var("especie", "Especie del árbol", "Especie identificada", List.of("Samán", "Guayacán", "Ceiba", "Mango")),
                            new Var("toneladas", "Residuos recogidos (toneladas)", "Toneladas de residuos recogidas en el mes", List.of()))),
            new Theme("Gobierno", "Seguridad y convivencia", List.of("homicidios", "hurtos", "violencia intrafamiliar",
                    "percepción de seguridad", "convivencia ciudadana", "riñas"),
                    List.of("seguridad ciudadana", "delitos", "victimización", "convivencia", "denuncia", "policía"),
                    List.of("delitos de alto impacto consolidados por el observatorio de seguridad",
                            "personas que se sienten inseguras en su barrio", "casos de violencia intrafamiliar denunciados"),
                    List.of(new Var("delito", "Delito", "Tipo de delito registrado", List.of("Homicidio", "Hurto a personas",
                                    "Hurto de motocicletas", "Lesiones personales", "Extorsión")),
                            new Var("arma", "Arma o medio empleado", "Arma empleada en el hecho", List.of("Arma de fuego", "Arma blanca", "Sin armas")),
                            new Var("percepcion", "Percepción de seguridad en el barrio", "¿Qué tan seguro se siente en su barrio?",
                                    List.of("Muy seguro", "Seguro", "Inseguro", "Muy inseguro")),
                            new Var("denuncio", "Denunció el hecho", "¿Denunció el delito ante las autoridades?", List.of("Sí", "No")),
                            new Var("victima", "Fue víctima de algún delito", "En los últimos doce meses, ¿fue víctima de algún delito?",
                                    List.of("Sí", "No")))),
            new Theme("Vivienda", "Vivienda", List.of("déficit de vivienda", "asentamientos humanos", "mejoramiento de vivienda",
                    "titulación de predios", "vivienda de interés social"),
                    List.of("vivienda", "hacinamiento", "servicios públicos", "déficit habitacional", "arriendo"),
                    List.of("déficit cuantitativo y cualitativo de vivienda de los hogares", "asentamientos de desarrollo incompleto",
                            "subsidios de vivienda asignados"),
                    List.of(new Var("tipo_vivienda", "Tipo de vivienda", "La vivienda es", List.of("Casa", "Apartamento", "Cuarto", "Otro")),
                            new Var("paredes", "Material de las paredes", "Material predominante de las paredes exteriores",
                                    List.of("Ladrillo", "Madera", "Bahareque", "Zinc o desechos")),
                            new Var("tenencia", "Tenencia de la vivienda", "La vivienda que ocupa este hogar es",
                                    List.of("Propia, pagada", "Propia, la están pagando", "En arriendo", "En usufructo")),
                            new Var("acueducto", "Acceso a acueducto", "¿La vivienda cuenta con servicio de acueducto?", List.of("Sí", "No")),
                            new Var("cuartos", "Número de cuartos", "¿Cuántos cuartos tiene la vivienda?", List.of()))),
            new Theme("Cultura y Turismo", "Cultura y turismo", List.of("ocupación hotelera", "consumo cultural", "Feria de Cali",
                    "bibliotecas públicas", "turismo receptivo", "salsa"),
                    List.of("turismo", "cultura", "visitantes", "eventos culturales", "patrimonio"),
                    List.of("ocupación de los establecimientos de alojamiento turístico", "asistencia a eventos culturales y artísticos",
                            "préstamos en la red de bibliotecas públicas"),
                    List.of(new Var("alojamiento", "Tipo de alojamiento", "Tipo de establecimiento", List.of("Hotel", "Hostal", "Vivienda turística")),
                            new Var("ocupacion", "Tasa de ocupación (%)", "Habitaciones ocupadas sobre disponibles", List.of()),
                            new Var("motivo", "Motivo de viaje", "¿Cuál fue el motivo principal del viaje?", List.of("Vacaciones", "Negocios", "Salud", "Eventos")),
                            new Var("asistio", "Asistencia a eventos culturales", "En el último año, ¿asistió a conciertos o festivales?",
                                    List.of("Sí", "No")))),
            new Theme("Deporte", "Deporte y recreación", List.of("actividad física", "escuelas deportivas", "escenarios deportivos",
                    "juegos intercolegiados", "ciclovía"),
                    List.of("deporte", "recreación", "actividad física", "escenarios deportivos", "sedentarismo"),
                    List.of("participantes en los programas de deporte y recreación", "estado de los escenarios deportivos"),
                    List.of(new Var("disciplina", "Disciplina deportiva", "Disciplina que practica", List.of("Fútbol", "Atletismo", "Natación", "Ciclismo", "Patinaje")),
                            new Var("frecuencia", "Frecuencia de actividad física", "¿Cuántos días a la semana hace actividad física?", List.of()),
                            new Var("escenario", "Estado del escenario deportivo", "Estado físico del escenario", List.of("Bueno", "Regular", "Malo")))),
            new Theme("Bienestar", "Inclusión social", List.of("habitantes de calle", "adulto mayor", "primera infancia",
                    "población con discapacidad", "víctimas del conflicto armado", "juventud"),
                    List.of("población vulnerable", "inclusión social", "programas sociales", "beneficiarios", "subsidios"),
                    List.of("personas atendidas por los programas de inclusión social", "caracterización de la población vulnerable"),
                    List.of(new Var("programa", "Programa social", "Programa del que es beneficiario", List.of("Adulto mayor", "Primera infancia", "Jóvenes")),
                            new Var("victima_conflicto", "Víctima del conflicto armado", "¿Está inscrito en el Registro Único de Víctimas?",
                                    List.of("Sí", "No")),
                            new Var("sustancias", "Consumo de sustancias psicoactivas", "¿Ha consumido sustancias psicoactivas?", List.of("Sí", "No")))),
            new Theme("Infraestructura", "Infraestructura", List.of("malla vial", "obras públicas", "puentes", "alumbrado público",
                    "andenes y espacio público"),
                    List.of("infraestructura vial", "pavimentos", "obras", "espacio público", "mantenimiento vial"),
                    List.of("estado de la malla vial por tramo", "obras públicas contratadas y ejecutadas"),
                    List.of(new Var("estado_via", "Estado del pavimento", "Estado del tramo vial", List.of("Bueno", "Regular", "Malo")),
                            new Var("longitud", "Longitud del tramo (m)", "Longitud del tramo intervenido en metros", List.of()),
                            new Var("tipo_obra", "Tipo de obra", "Tipo de intervención", List.of("Construcción", "Rehabilitación", "Mantenimiento")))));

    private final long seed;

    public BenchCatalogue(long seed) {
        this.seed = seed;
    }

    /** The catalogue's words, from which the benchmark's query log is drawn. */
    record Vocabulary(List<String> subjects, List<String> keywords, List<String> phrases, List<String> variableLabels,
                      List<String> variableNames, List<String> categories) {
    }

    static Vocabulary vocabulary() {
        List<String> subjects = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (Theme t : THEMES) {
            subjects.addAll(t.subjects());
            keywords.addAll(t.keywords());
            phrases.addAll(t.phrases());
            for (Var v : t.variables()) {
                labels.add(v.label());
                names.add(v.name());
                categories.addAll(v.categories());
            }
        }
        for (Var v : COMMON) {
            labels.add(v.label());
            names.add(v.name());
            categories.addAll(v.categories());
        }
        return new Vocabulary(subjects, keywords, phrases, labels, names, categories);
    }

    public static List<String> departments() {
        return THEMES.stream().map(Theme::department).toList();
    }

    public static List<String> thematicAreas() {
        return THEMES.stream().map(Theme::thematicArea).toList();
    }

    /** Study number {@code i} (0-based) with its variables; the same i always gives the same record. */
    public Record record(int i, int variablesPerStudy) {
        Random r = new Random(seed * 1_000_003L + i);
        Theme theme = THEMES.get(Math.floorMod(i * 7 + r.nextInt(3), THEMES.size()));
        Theme second = THEMES.get(r.nextInt(THEMES.size()));
        String id = String.format("BENCH-%s-%05d", abbreviation(theme.department()), i);
        int yearEnd = 2000 + r.nextInt(25);
        int yearStart = yearEnd - r.nextInt(5);
        String subject = pick(r, theme.subjects());
        String title = pick(r, KINDS) + " de " + subject + " " + pick(r, PLACES) + " " + yearEnd;
        StringBuilder abs = new StringBuilder();
        abs.append(capitalise(pick(r, KINDS))).append(" que documenta ").append(pick(r, theme.phrases())).append(" ")
                .append(pick(r, PLACES)).append(" entre ").append(yearStart).append(" y ").append(yearEnd).append(". ");
        abs.append("Incluye información sobre ").append(pick(r, theme.keywords())).append(", ").append(pick(r, theme.keywords()))
                .append(" y ").append(pick(r, second.keywords())).append(", desagregada por comuna, sexo y grupo de edad. ");
        abs.append("Los datos se recolectan mediante ").append(pick(r, MODES).toLowerCase(java.util.Locale.ROOT))
                .append(" y se publican anonimizados según la Ley 1712 de 2014.");
        StudyDocument.Builder b = StudyDocument.builder(id, 1)
                .title(title)
                .abstractText(abs.toString())
                .department(theme.department())
                .thematicArea(theme.thematicArea())
                .topics(theme.thematicArea())
                .process(abbreviation(theme.department()) + "-" + (1 + r.nextInt(9)), capitalise(subject), "Operación estadística")
                .producer("Alcaldía de Santiago de Cali")
                .producer("Secretaría de " + theme.department())
                .geographicCoverage("Santiago de Cali, Valle del Cauca")
                .unitOfAnalysis(pick(r, UNITS))
                .universe("Población y territorio de Santiago de Cali")
                .kindOfData(pick(r, KIND_OF_DATA))
                .collectionMode(pick(r, MODES))
                .years(yearStart, yearEnd)
                .language("es")
                .access(r.nextInt(10) == 0 ? AccessClassification.RESERVADA : AccessClassification.PUBLICA)
                .revision(1);
        int keywords = 3 + r.nextInt(3);
        for (int k = 0; k < keywords; k++) {
            b.keywords(pick(r, k == keywords - 1 ? second.keywords() : theme.keywords()));
        }
        if (second != theme) {
            b.topics(second.thematicArea());
        }
        StudyDocument study = b.build();
        List<VariableDocument> vars = new ArrayList<>(variablesPerStudy);
        for (int v = 0; v < variablesPerStudy; v++) {
            Var template = v < COMMON.size() && r.nextInt(4) > 0 ? COMMON.get(v)
                    : r.nextInt(3) == 0 ? pick(r, COMMON) : r.nextInt(5) == 0 ? pick(r, second.variables()) : pick(r, theme.variables());
            String qualifier = v < COMMON.size() ? "" : " " + pick(r, QUALIFIERS);
            vars.add(VariableDocument.of(id, "V" + (v + 1), template.name() + (v < COMMON.size() ? "" : "_" + v),
                    template.label() + qualifier, template.question(), template.categories()));
        }
        return new Record(study, vars);
    }

    private static final List<String> QUALIFIERS = List.of("del jefe del hogar", "de la persona", "del cónyuge", "en el año anterior",
            "al momento del registro", "según el informante", "(recodificada)", "en la comuna", "del establecimiento",
            "del último mes", "a diciembre", "de seguimiento", "en la primera visita", "en la segunda visita", "");

    private static String abbreviation(String department) {
        String folded = java.text.Normalizer.normalize(department, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^A-Za-z]", "").substring(0, 3).toUpperCase(java.util.Locale.ROOT);
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
