package io.archivo.search.relevance;

import io.archivo.search.AccessClassification;
import io.archivo.search.StudyDocument;
import io.archivo.search.VariableDocument;
import io.archivo.search.index.LuceneIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The catalogue the scale judgments ({@code /search/judgments-scale.tsv}) are made on: 24 hand-written Spanish studies
 * of the Alcaldía (the judged ones, {@code REL-*}) among a generated background of studies on other subjects
 * (culture, sport, tourism, procurement, lighting, animal welfare, citizen service…) that share the generic words
 * (encuesta, Cali, comuna, hogares, sexo, edad) and the places of the city. The background is built so that none of
 * its studies is about what a judged query asks, so it only competes: a judged query's relevant studies are all
 * listed in the judgments. The same {@code n} always gives the same background.
 */
public final class RelevanceCatalogue {

    record Var(String name, String label, String question) {
    }

    private RelevanceCatalogue() {
    }

    /** The judged studies, then {@code background} generated ones, indexed in batches (each study with its variables). */
    public static void indexInto(LuceneIndex index, int background) {
        List<LuceneIndex.StudyBlock> batch = new ArrayList<>(targets());
        for (int i = 0; i < background; i++) {
            batch.add(backgroundStudy(i));
            if (batch.size() == 500) {
                index.upsertStudies(batch);
                batch.clear();
            }
        }
        index.upsertStudies(batch);
    }

    static List<LuceneIndex.StudyBlock> targets() {
        List<LuceneIndex.StudyBlock> t = new ArrayList<>();
        t.add(study("REL-SAL-01", "Encuesta de salud materna e infantil de Cali 2022", "Salud", "Salud",
                "Encuesta a madres de niños menores de cinco años sobre el embarazo, el parto y los primeros años de vida.",
                List.of("salud materna", "primera infancia", "lactancia"), List.of("Santiago de Cali"), 2022,
                v("peso_rn", "Peso al nacer (gramos)", "¿Cuánto pesó el niño o la niña al nacer?"),
                v("sem_gest", "Semanas de gestación al nacer", "¿Con cuántas semanas de embarazo nació?"),
                v("control_pren", "Número de controles prenatales", "¿A cuántos controles prenatales asistió?"),
                v("lactancia", "Lactancia materna exclusiva", "¿Recibió solo leche materna los primeros seis meses?")));
        t.add(study("REL-SAL-02", "Vigilancia epidemiológica del dengue en la comuna 6", "Salud", "Salud",
                "Casos de dengue notificados al sistema de vigilancia en salud pública, con el barrio de residencia.",
                List.of("dengue", "vigilancia epidemiológica", "enfermedades transmitidas por vectores"), List.of("Comuna 6"), 2023,
                v("serotipo", "Serotipo del virus", "Serotipo identificado por el laboratorio"),
                v("fec_sint", "Fecha de inicio de síntomas", "Fecha en que empezaron los síntomas"),
                v("hosp", "Hospitalización", "¿El paciente fue hospitalizado?")));
        t.add(study("REL-SAL-03", "Coberturas de vacunación infantil 2023", "Salud", "Salud",
                "Dosis aplicadas del esquema regular de vacunación a niños y niñas menores de seis años, por biológico.",
                List.of("vacunación", "esquema de vacunación", "primera infancia"), List.of("Santiago de Cali, zona urbana"), 2023,
                v("biologico", "Biológico aplicado", "Vacuna aplicada"),
                v("dosis", "Número de dosis", "Dosis del esquema"),
                v("regimen", "Régimen de afiliación en salud", "Régimen al que pertenece el menor")));
        t.add(study("REL-SAL-04", "Caracterización de la población afiliada al régimen subsidiado", "Salud", "Salud",
                "Afiliados a las empresas promotoras de salud del régimen subsidiado según edad, sexo y nivel del Sisbén.",
                List.of("aseguramiento en salud", "afiliación", "Sisbén"), List.of("Santiago de Cali"), 2021,
                v("regimen_afil", "Régimen de afiliación", "Régimen de seguridad social en salud del afiliado"),
                v("eps", "Empresa promotora de salud", "EPS a la que está afiliado"),
                v("sisben", "Grupo del Sisbén IV", "Grupo de clasificación del Sisbén")));
        t.add(study("REL-EDU-01", "Matrícula oficial en las instituciones educativas de la comuna 18", "Educación", "Educación",
                "Estudiantes matriculados en las sedes oficiales de la comuna 18, por grado y jornada.",
                List.of("matrícula", "instituciones educativas", "educación básica"), List.of("Comuna 18"), 2023,
                v("grado", "Grado escolar", "Grado que cursa"),
                v("jornada", "Jornada", "Jornada a la que asiste"),
                v("sede", "Sede educativa", "Sede en la que estudia")));
        t.add(study("REL-EDU-02", "Deserción escolar en la zona rural: corregimientos de Pance y La Buitrera", "Educación", "Educación",
                "Estudiantes que abandonaron el sistema escolar durante el año en las sedes rurales.",
                List.of("deserción escolar", "educación rural", "permanencia escolar"),
                List.of("Corregimiento de Pance", "Corregimiento La Buitrera"), 2022,
                v("causa_retiro", "Causa del retiro", "¿Por qué dejó de estudiar?"),
                v("grado", "Grado al retirarse", "Último grado cursado")));
        t.add(study("REL-EDU-03", "Resultados de las pruebas de Estado en los establecimientos educativos", "Educación", "Educación",
                "Resultados de los estudiantes de grado once en el examen de Estado, por establecimiento y naturaleza.",
                List.of("calidad educativa", "examen de Estado", "educación media"), List.of("Santiago de Cali"), 2023,
                v("punt_global", "Puntaje global Saber 11", "Puntaje global obtenido en la prueba"),
                v("punt_lectura", "Puntaje en lectura crítica", "Puntaje de la prueba de lectura crítica"),
                v("naturaleza", "Naturaleza del establecimiento", "Oficial o no oficial")));
        t.add(study("REL-EDU-04", "Alimentación escolar en las sedes educativas de Navarro y El Hormiguero", "Educación", "Educación",
                "Seguimiento del programa de alimentación escolar en las sedes rurales del oriente del distrito.",
                List.of("alimentación escolar", "PAE", "educación rural"),
                List.of("Corregimiento Navarro", "Corregimiento El Hormiguero"), 2023,
                v("benef_pae", "Beneficiario del programa de alimentación escolar", "¿Recibe el complemento alimentario?"),
                v("complemento", "Tipo de complemento", "Complemento que recibe")));
        t.add(study("REL-SEG-01", "Delitos de alto impacto en la comuna 13", "Seguridad", "Seguridad y convivencia",
                "Homicidios, hurtos y lesiones personales registrados por el observatorio en la comuna 13.",
                List.of("delitos", "seguridad ciudadana", "observatorio de seguridad"), List.of("Comuna 13"), 2023,
                v("tipo_delito", "Tipo de delito", "Conducta registrada"),
                v("arma", "Arma empleada", "Arma o medio empleado en el hecho"),
                v("hora", "Hora del hecho", "Hora en que ocurrió")));
        t.add(study("REL-SEG-02", "Encuesta de percepción de seguridad y victimización 2023", "Seguridad", "Seguridad y convivencia",
                "Percepción de seguridad de los ciudadanos en su barrio y victimización en los últimos doce meses.",
                List.of("percepción de seguridad", "victimización", "convivencia"), List.of("Santiago de Cali"), 2023,
                v("seguro_barrio", "Se siente seguro en su barrio", "¿Qué tan seguro se siente en su barrio?"),
                v("victima_hurto", "Fue víctima de hurto", "En los últimos doce meses, ¿le robaron algo?")));
        t.add(study("REL-SEG-03", "Homicidios en el distrito por comuna y corregimiento 2015-2023", "Seguridad", "Seguridad y convivencia",
                "Serie de homicidios con el lugar del hecho, la edad de la víctima y el móvil.",
                List.of("homicidios", "violencia", "muertes violentas"), List.of("Santiago de Cali"), 2023,
                v("comuna_hecho", "Comuna del hecho", "Comuna o corregimiento donde ocurrió"),
                v("edad_victima", "Edad de la víctima", "Edad en años"),
                v("movil", "Móvil del homicidio", "Móvil establecido")));
        t.add(study("REL-SEG-04", "Hurtos a residencias en la comuna 2", "Seguridad", "Seguridad y convivencia",
                "Hurtos a viviendas denunciados en los barrios de la comuna 2.",
                List.of("hurtos", "hurto a residencias", "denuncias"), List.of("Comuna 2"), 2022,
                v("modalidad", "Modalidad del hurto", "Modalidad empleada"),
                v("bien", "Bien hurtado", "Objeto hurtado")));
        t.add(study("REL-MOV-01", "Aforos vehiculares en los corredores del oriente", "Movilidad", "Transporte y movilidad",
                "Conteos de vehículos por hora en las principales vías de las comunas 14, 15 y 21.",
                List.of("aforos", "congestión vehicular", "vías"), List.of("Comuna 14", "Comuna 15", "Comuna 21"), 2022,
                v("vol_hora", "Volumen vehicular por hora", "Vehículos contados en la hora"),
                v("vel_media", "Velocidad media del tramo (km/h)", "Velocidad media registrada")));
        t.add(study("REL-MOV-02", "Encuesta de movilidad de los hogares 2021", "Movilidad", "Transporte y movilidad",
                "Viajes diarios de las personas de los hogares encuestados, con su origen, destino y medio de transporte.",
                List.of("movilidad", "viajes", "transporte público"), List.of("Santiago de Cali"), 2021,
                v("t_desplaz", "Tiempo de desplazamiento al trabajo (minutos)", "¿Cuánto tarda en llegar a su trabajo?"),
                v("medio", "Medio de transporte principal", "¿En qué se moviliza principalmente?"),
                v("n_viajes", "Número de viajes diarios", "¿Cuántos viajes hizo ayer?")));
        t.add(study("REL-MOV-03", "Siniestros viales en el centro de la ciudad", "Movilidad", "Transporte y movilidad",
                "Siniestros de tránsito con heridos o muertos en los barrios del centro.",
                List.of("siniestralidad vial", "seguridad vial", "accidentes de tránsito"), List.of("Comuna 3"), 2023,
                v("gravedad", "Gravedad del siniestro", "Con muertos, con heridos o solo daños"),
                v("actor", "Actor vial", "Peatón, ciclista, motociclista, conductor o pasajero")));
        t.add(study("REL-LAB-01", "Indicadores de mercado laboral de Cali 2023", "Desarrollo Económico", "Trabajo",
                "Tasas de ocupación, desocupación e informalidad de la población en edad de trabajar.",
                List.of("mercado laboral", "informalidad", "tasa de ocupación"), List.of("Santiago de Cali"), 2023,
                v("horas", "Horas trabajadas a la semana", "¿Cuántas horas trabaja normalmente a la semana?"),
                v("pension", "Cotiza a pensión", "¿Está cotizando a un fondo de pensiones?"),
                v("cond_ocup", "Condición de ocupación", "Ocupado, desocupado o inactivo")));
        t.add(study("REL-LAB-02", "Población ocupada y desocupada en la comuna 20", "Desarrollo Económico", "Trabajo",
                "Personas de la comuna 20 que trabajan o buscan trabajo, y sus ingresos.",
                List.of("desocupación", "búsqueda de trabajo", "ingresos"), List.of("Comuna 20"), 2022,
                v("busca", "Busca trabajo", "¿Buscó trabajo en las últimas cuatro semanas?"),
                v("ingreso_lab", "Ingreso laboral mensual", "¿Cuánto ganó el mes pasado en su trabajo?")));
        t.add(study("REL-AMB-01", "Calidad del agua de los ríos en la zona rural", "Ambiente", "Ambiente",
                "Muestreos fisicoquímicos y microbiológicos de los ríos en los corregimientos de la zona de ladera.",
                List.of("calidad del agua", "ríos", "recurso hídrico"),
                List.of("Corregimiento Los Andes", "Corregimiento Felidia", "Corregimiento Pichindé"), 2022,
                v("od", "Oxígeno disuelto (mg/L)", "Oxígeno disuelto medido"),
                v("coliformes", "Coliformes totales", "Coliformes totales por 100 ml"),
                v("turbiedad", "Turbiedad", "Turbiedad en UNT")));
        t.add(study("REL-AMB-02", "Mapa de ruido del centro de Cali", "Ambiente", "Ambiente",
                "Mediciones de ruido ambiental en los barrios del centro, de día y de noche.",
                List.of("ruido ambiental", "contaminación acústica"), List.of("Comuna 3"), 2022,
                v("db", "Nivel de presión sonora (dB)", "Nivel equivalente medido"),
                v("periodo", "Periodo diurno o nocturno", "Periodo de la medición")));
        t.add(study("REL-AMB-03", "Monitoreo de la calidad del aire 2022", "Ambiente", "Ambiente",
                "Contaminación atmosférica medida por las estaciones de la red de monitoreo.",
                List.of("calidad del aire", "contaminación atmosférica", "material particulado"), List.of("Santiago de Cali"), 2022,
                v("pm25", "Concentración de PM2.5", "Concentración promedio diaria"),
                v("ozono", "Ozono", "Concentración de ozono")));
        t.add(study("REL-VIV-01", "Déficit habitacional en los asentamientos de ladera", "Vivienda", "Vivienda",
                "Condiciones de las viviendas y de los hogares en los asentamientos humanos de desarrollo incompleto de la ladera.",
                List.of("déficit de vivienda", "asentamientos humanos", "ladera"), List.of("Comuna 18", "Comuna 20", "Comuna 1"), 2021,
                v("paredes", "Material de las paredes", "Material predominante de las paredes exteriores"),
                v("cuartos", "Número de cuartos", "¿Cuántos cuartos tiene la vivienda?"),
                v("hacinamiento", "Hacinamiento", "Personas por cuarto")));
        t.add(study("REL-VIV-02", "Censo de viviendas del corregimiento de Montebello", "Vivienda", "Vivienda",
                "Viviendas, hogares y acceso a servicios públicos en Montebello.",
                List.of("vivienda rural", "servicios públicos"), List.of("Corregimiento Montebello"), 2020,
                v("tipo_viv", "Tipo de vivienda", "Casa, apartamento, cuarto u otro"),
                v("acueducto", "Acceso a acueducto", "¿La vivienda tiene acueducto?")));
        t.add(study("REL-RUR-01", "Diagnóstico agropecuario de los corregimientos Golondrinas y La Castilla", "Desarrollo Económico",
                "Desarrollo rural", "Unidades productivas agropecuarias de la zona rural del norte del distrito.",
                List.of("agropecuario", "desarrollo rural", "producción agrícola"),
                List.of("Corregimiento Golondrinas", "Corregimiento La Castilla"), 2021,
                v("area", "Área sembrada (hectáreas)", "Hectáreas sembradas"),
                v("cultivo", "Cultivo principal", "¿Cuál es el cultivo principal de la finca?")));
        t.add(study("REL-SAL-05", "Salud mental de adolescentes en la comuna 8", "Salud", "Salud",
                "Encuesta a adolescentes escolarizados sobre bienestar emocional y riesgos.",
                List.of("salud mental", "adolescentes"), List.of("Comuna 8"), 2023,
                v("ideacion", "Ideación suicida", "En el último año, ¿pensó seriamente en quitarse la vida?"),
                v("spa", "Consumo de sustancias psicoactivas", "¿Ha consumido alguna sustancia psicoactiva?")));
        return t;
    }

    private static Var v(String name, String label, String question) {
        return new Var(name, label, question);
    }

    private static LuceneIndex.StudyBlock study(String id, String title, String department, String area, String abstractText,
            List<String> keywords, List<String> coverage, int year, Var... vars) {
        StudyDocument.Builder b = StudyDocument.builder(id, 1).title(title).abstractText(abstractText)
                .department(department).thematicArea(area).topics(area)
                .producer("Alcaldía de Santiago de Cali").universe("Población de Santiago de Cali")
                .years(year, year).language("es").published(true).access(AccessClassification.PUBLICA).revision(1);
        keywords.forEach(b::keywords);
        coverage.forEach(b::geographicCoverage);
        List<VariableDocument> variables = new ArrayList<>();
        List<Var> all = new ArrayList<>(List.of(vars));
        all.addAll(GENERIC);
        for (int i = 0; i < all.size(); i++) {
            Var v = all.get(i);
            variables.add(VariableDocument.of(id, "V" + (i + 1), v.name(), v.label(), v.question(), List.of()));
        }
        return new LuceneIndex.StudyBlock(b.build(), variables);
    }

    private static final List<Var> GENERIC = List.of(v("sexo", "Sexo", "Sexo de la persona"),
            v("edad", "Edad en años cumplidos", "¿Cuántos años cumplidos tiene?"),
            v("comuna", "Comuna de residencia", "Comuna o corregimiento de residencia"),
            v("barrio", "Barrio", "Barrio de residencia"),
            v("estrato", "Estrato socioeconómico", "Estrato de la vivienda"));

    private record Theme(String department, String area, List<String> subjects, List<String> keywords, List<Var> vars) {
    }

    /** Subjects the judged queries do not ask about. */
    private static final List<Theme> THEMES = List.of(
            new Theme("Cultura", "Cultura", List.of("asistencia a bibliotecas públicas", "festivales de salsa", "formación artística",
                    "patrimonio cultural", "lectura en familia"), List.of("cultura", "bibliotecas", "eventos culturales", "arte"),
                    List.of(v("asistentes", "Número de asistentes", "Personas que asistieron"),
                            v("evento", "Tipo de evento cultural", "Clase de evento"))),
            new Theme("Deporte", "Deporte y recreación", List.of("escuelas deportivas", "uso de escenarios deportivos",
                    "juegos comunitarios", "actividad física en parques"), List.of("deporte", "recreación", "parques"),
                    List.of(v("disciplina", "Disciplina deportiva", "Deporte que practica"),
                            v("frecuencia", "Frecuencia de práctica", "Días a la semana"))),
            new Theme("Turismo", "Turismo", List.of("ocupación hotelera", "visitantes extranjeros", "gasto turístico",
                    "feria de Cali"), List.of("turismo", "hoteles", "visitantes"),
                    List.of(v("noches", "Noches de estadía", "¿Cuántas noches se quedó?"),
                            v("procedencia", "País de procedencia", "País de residencia del visitante"))),
            new Theme("Contratación", "Gestión pública", List.of("contratos de prestación de servicios", "procesos de licitación",
                    "ejecución contractual"), List.of("contratación pública", "contratos", "proveedores"),
                    List.of(v("valor", "Valor del contrato (pesos)", "Valor total"), v("modalidad_sel", "Modalidad de selección", "Modalidad"))),
            new Theme("Servicios Públicos", "Servicios públicos", List.of("alumbrado público", "luminarias LED", "gas domiciliario"),
                    List.of("alumbrado", "energía", "luminarias"),
                    List.of(v("potencia", "Potencia de la luminaria (W)", "Potencia instalada"), v("tecnologia", "Tecnología", "Sodio o LED"))),
            new Theme("Bienestar Animal", "Bienestar animal", List.of("esterilización de mascotas", "adopción de animales",
                    "censo de perros y gatos"), List.of("mascotas", "bienestar animal", "zoonosis"),
                    List.of(v("especie", "Especie", "Perro o gato"), v("esterilizado", "Esterilizado", "¿Está esterilizado?"))),
            new Theme("Atención al Ciudadano", "Gestión pública", List.of("peticiones, quejas y reclamos", "trámites en línea",
                    "satisfacción con la atención"), List.of("PQRS", "trámites", "atención al ciudadano"),
                    List.of(v("canal", "Canal de atención", "Presencial, telefónico o virtual"),
                            v("dias_resp", "Días de respuesta", "Días hábiles hasta la respuesta"))),
            new Theme("Participación", "Participación ciudadana", List.of("juntas de acción comunal", "presupuesto participativo",
                    "elecciones de JAL"), List.of("participación ciudadana", "organizaciones comunitarias"),
                    List.of(v("votos", "Votos", "Número de votos"), v("organizacion", "Tipo de organización", "Clase de organización"))),
            new Theme("Desarrollo Económico", "Emprendimiento", List.of("ferias de emprendimiento", "créditos a microempresas",
                    "formalización de negocios"), List.of("emprendimiento", "microempresas", "comercio"),
                    List.of(v("ventas", "Ventas de la feria (pesos)", "Ventas registradas"), v("sector", "Sector del negocio", "Sector"))));

    private static final List<String> KINDS = List.of("Encuesta de", "Registro de", "Estadísticas de", "Informe de",
            "Caracterización de", "Boletín de");
    private static final List<String> CORREGIMIENTOS = List.of("Navarro", "La Buitrera", "Pance", "Los Andes", "Montebello",
            "Golondrinas", "La Castilla", "La Elvira", "La Leonera", "Felidia", "El Saladito", "Pichindé", "La Paz",
            "El Hormiguero", "Villacarmelo");

    static LuceneIndex.StudyBlock backgroundStudy(int i) {
        Random r = new Random(9_173L * i + 11);
        Theme theme = THEMES.get(r.nextInt(THEMES.size()));
        String subject = theme.subjects().get(r.nextInt(theme.subjects().size()));
        String place = switch (r.nextInt(4)) {
            case 0 -> "Comuna " + (1 + r.nextInt(22));
            case 1 -> "Corregimiento " + CORREGIMIENTOS.get(r.nextInt(CORREGIMIENTOS.size()));
            default -> "Santiago de Cali";
        };
        int year = 2010 + r.nextInt(15);
        String id = String.format("BG-%05d", i);
        String title = KINDS.get(r.nextInt(KINDS.size())) + " " + subject + (place.startsWith("Santiago") ? " de Cali" : " en " + place.toLowerCase().replace("comuna", "la comuna")) + " " + year;
        String abstractText = "Información de " + subject + " " + (place.startsWith("Santiago") ? "en la ciudad" : "en " + place)
                + ", con datos de los hogares y las personas por sexo, edad y barrio. Encuesta y registros de la Alcaldía.";
        StudyDocument.Builder b = StudyDocument.builder(id, 1).title(title).abstractText(abstractText)
                .department(theme.department()).thematicArea(theme.area()).topics(theme.area())
                .producer("Alcaldía de Santiago de Cali").universe("Población de Santiago de Cali")
                .geographicCoverage(place).years(year, year).language("es").published(true)
                .access(r.nextInt(10) == 0 ? AccessClassification.RESERVADA : AccessClassification.PUBLICA).revision(1);
        theme.keywords().forEach(b::keywords);
        List<VariableDocument> variables = new ArrayList<>();
        List<Var> all = new ArrayList<>(theme.vars());
        all.addAll(GENERIC);
        for (int v = 0; v < all.size(); v++) {
            Var var = all.get(v);
            variables.add(VariableDocument.of(id, "V" + (v + 1), var.name(), var.label(), var.question(), List.of()));
        }
        return new LuceneIndex.StudyBlock(b.build(), variables);
    }
}
