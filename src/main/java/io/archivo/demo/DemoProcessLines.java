package io.archivo.demo;

/**
 * The illustrative processes of the demo catalogue, one line each, grouped under their department:
 * {@code type|name|object of the process|observation unit|periodicity|sources}. Type is O (operación
 * estadística), E (estudio), I (producción de indicadores) or G (informe de gestión); sources is any of R
 * (registro administrativo), E (encuesta), C (censo), or "-" for none of them (secondary information,
 * measurements). Names are plausible, not the real inventory of the Alcaldía.
 */
final class DemoProcessLines {

    static final String LINES = """
            SALUD
            O|Estadísticas vitales: nacimientos y defunciones|los nacimientos y las defunciones ocurridos en la ciudad|Hecho vital (nacimiento o defunción)|Mensual|R
            O|Cobertura de vacunación del Programa Ampliado de Inmunizaciones|la cobertura de vacunación de la población objeto del PAI|Dosis aplicada|Mensual|R
            O|Vigilancia epidemiológica de eventos de interés en salud pública|los eventos de notificación obligatoria (dengue, tuberculosis, VIH, entre otros)|Caso notificado|Semanal|R
            I|Indicadores de mortalidad materna, perinatal e infantil|la mortalidad materna, perinatal e infantil|Defunción|Trimestral|R
            I|Indicadores de salud mental y conducta suicida|la conducta suicida y los trastornos de salud mental|Caso notificado|Trimestral|R
            E|Estudio de factores de riesgo de enfermedades crónicas no transmisibles|los factores de riesgo de las enfermedades crónicas|Persona|Cuatrienal|E
            E|Caracterización de la afiliación al Sistema General de Seguridad Social en Salud|la afiliación de la población a los regímenes contributivo y subsidiado|Afiliado|Anual|R
            G|Informe de inspección, vigilancia y control sanitario de establecimientos|las visitas de inspección sanitaria a establecimientos|Establecimiento|Trimestral|R
            G|Informe de atención en la red pública hospitalaria|la atención prestada por las Empresas Sociales del Estado del municipio|Atención|Mensual|R
            I|Indicadores del Plan Territorial de Salud|las metas del Plan Territorial de Salud|Meta|Semestral|-
            E|Encuesta de percepción de la calidad de los servicios de salud|la percepción ciudadana sobre los servicios de salud|Usuario|Anual|E
            G|Informe de peticiones, quejas y reclamos en salud|las peticiones, quejas y reclamos sobre los servicios de salud|Solicitud|Trimestral|-
            EDUCACION
            O|Matrícula de educación preescolar, básica y media|la matrícula escolar por nivel, sector y comuna|Estudiante matriculado|Anual|R
            O|Deserción y permanencia escolar|la deserción intraanual y la permanencia de los estudiantes|Estudiante|Anual|R
            O|Censo de sedes e infraestructura educativa|el estado de las sedes educativas oficiales|Sede educativa|Cuatrienal|C
            I|Indicadores de calidad educativa (pruebas Saber 11)|los resultados de las pruebas de Estado de los colegios de la ciudad|Establecimiento educativo|Anual|-
            I|Indicadores de cobertura bruta y neta en educación|la cobertura bruta y neta por nivel educativo|Grupo de edad|Anual|R
            E|Estudio de tránsito de los bachilleres a la educación superior|el acceso de los bachilleres a la educación superior|Egresado|Bienal|E
            G|Informe del Programa de Alimentación Escolar|las raciones del Programa de Alimentación Escolar entregadas|Ración entregada|Mensual|R
            G|Informe de la planta docente y directiva|la planta docente y directiva de las instituciones oficiales|Docente|Semestral|R
            E|Encuesta de clima escolar y convivencia|la convivencia y el clima escolar|Estudiante|Bienal|E
            G|Informe de transporte escolar|las rutas de transporte escolar contratadas|Ruta|Semestral|-
            PLANEACION
            O|Encuesta de Empleo y Calidad de Vida de Cali|el mercado laboral y las condiciones de vida de los hogares|Hogar|Anual|E
            O|Proyecciones de población por comuna y corregimiento|la población por comuna, sexo y edad|Persona|Anual|C
            O|Estratificación socioeconómica|la estratificación socioeconómica de los predios residenciales|Predio residencial|Anual|R
            I|Cali en Cifras|las principales cifras económicas, sociales y territoriales de la ciudad|Indicador|Anual|-
            I|Indicadores de seguimiento al Plan de Desarrollo|el avance de las metas del Plan de Desarrollo|Meta|Trimestral|-
            I|Indicadores de pobreza multidimensional a partir del SISBÉN|la pobreza multidimensional de los hogares encuestados por el SISBÉN|Hogar|Semestral|RE
            E|Expediente del Plan de Ordenamiento Territorial|la ejecución del Plan de Ordenamiento Territorial|Predio|Anual|R
            E|Estudio de dinámica inmobiliaria y licencias de construcción|las licencias de construcción aprobadas|Licencia|Trimestral|R
            G|Informe de gestión del Banco de Proyectos|los proyectos de inversión registrados|Proyecto|Trimestral|-
            G|Informe de presupuestos participativos|los recursos de presupuesto participativo por comuna|Proyecto|Anual|-
            HACIENDA
            O|Estadísticas de recaudo del impuesto predial unificado|el recaudo del impuesto predial|Predio|Mensual|R
            O|Estadísticas de recaudo del impuesto de industria y comercio|el recaudo del impuesto de industria y comercio|Contribuyente|Mensual|R
            I|Indicadores de desempeño fiscal|el desempeño fiscal del municipio|Vigencia fiscal|Anual|-
            I|Indicadores de cartera morosa|la cartera morosa por tributo|Obligación|Trimestral|R
            E|Estudio de la base gravable y del avalúo catastral|el avalúo catastral y la base gravable de los predios|Predio|Anual|R
            G|Informe de ejecución presupuestal|la ejecución presupuestal de ingresos y gastos|Rubro presupuestal|Mensual|R
            G|Informe de deuda pública|la deuda pública municipal|Crédito|Trimestral|-
            G|Informe de fiscalización tributaria|los procesos de fiscalización tributaria|Proceso de fiscalización|Semestral|-
            E|Encuesta de percepción de la atención al contribuyente|la atención al contribuyente|Contribuyente|Anual|E
            TRANSITO
            O|Siniestralidad vial|los siniestros viales y sus víctimas|Siniestro vial|Mensual|R
            O|Aforos vehiculares y velocidades en corredores viales|el volumen vehicular y las velocidades en los corredores viales|Punto de aforo|Semestral|C
            I|Indicadores de movilidad sostenible|la movilidad sostenible|Indicador|Anual|-
            I|Indicadores de comparendos e infracciones de tránsito|las infracciones de tránsito|Comparendo|Mensual|R
            E|Encuesta de movilidad de hogares|los viajes diarios de los hogares|Viaje|Quinquenal|E
            E|Estudio de percepción de seguridad vial|la percepción de seguridad vial de los usuarios|Usuario de la vía|Anual|E
            G|Informe del registro automotor|los trámites del registro automotor|Trámite|Mensual|R
            G|Informe de semaforización y señalización|el estado de la red semafórica y de la señalización|Intersección|Semestral|-
            DAGMA
            O|Monitoreo de la calidad del aire|la concentración de contaminantes atmosféricos|Medición de estación|Diaria|-
            O|Censo del arbolado urbano|el arbolado urbano y su estado|Árbol|Quinquenal|C
            I|Indicadores de calidad del agua de los ríos|la calidad del agua de los ríos de la ciudad|Punto de muestreo|Trimestral|-
            I|Indicadores de ruido ambiental|los niveles de ruido ambiental|Punto de medición|Anual|-
            E|Estudio de generación de residuos sólidos y aprovechamiento|la generación de residuos sólidos y su aprovechamiento|Hogar|Bienal|E
            G|Informe de licencias y permisos ambientales|las licencias y permisos ambientales otorgados|Trámite ambiental|Trimestral|R
            G|Informe de control a la publicidad exterior visual|la publicidad exterior visual registrada|Elemento publicitario|Semestral|R
            E|Estudio de la estructura ecológica principal|los ecosistemas de la estructura ecológica principal|Área protegida|Cuatrienal|-
            GOBIERNO
            O|Observatorio de seguridad: delitos de alto impacto|los homicidios, hurtos y lesiones personales|Delito|Mensual|R
            I|Indicadores de convivencia ciudadana|las riñas y los comportamientos contrarios a la convivencia|Caso|Mensual|R
            E|Encuesta de percepción de seguridad y victimización|la victimización y la percepción de seguridad|Persona|Anual|E
            G|Informe de casas de justicia y comisarías de familia|los casos atendidos en casas de justicia y comisarías de familia|Caso atendido|Trimestral|R
            G|Informe de inspecciones de policía|las actuaciones de las inspecciones de policía|Actuación|Trimestral|R
            I|Indicadores de participación ciudadana y organizaciones comunales|la participación en organizaciones comunales|Organización comunal|Anual|E
            G|Informe de gestión del riesgo de desastres|las emergencias atendidas|Emergencia|Mensual|-
            E|Caracterización de vendedores informales en el espacio público|los vendedores informales en el espacio público|Vendedor|Bienal|C
            BIENESTAR
            O|Censo de habitantes de calle|la población habitante de calle|Persona|Trienal|C
            I|Indicadores de primera infancia, infancia y adolescencia|la garantía de derechos de niños, niñas y adolescentes|Indicador|Anual|-
            E|Caracterización de personas mayores en centros día|las personas mayores atendidas en centros día|Persona mayor|Anual|E
            G|Informe de atención a población víctima del conflicto armado|la atención a las víctimas del conflicto armado|Persona atendida|Trimestral|R
            G|Informe de programas de seguridad alimentaria|los beneficiarios de los programas de seguridad alimentaria|Beneficiario|Trimestral|R
            E|Caracterización de la población con discapacidad|la población con discapacidad|Persona|Bienal|E
            I|Indicadores de equidad de género y violencias basadas en género|las violencias basadas en género|Caso|Semestral|R
            G|Informe de atención a población migrante|la atención a la población migrante|Persona atendida|Trimestral|-
            CULTURA_TURISMO
            O|Estadísticas de ocupación hotelera y turismo|la ocupación hotelera y los visitantes|Establecimiento de alojamiento|Mensual|E
            I|Indicadores de asistencia a eventos culturales|la asistencia a eventos y festivales culturales|Evento|Trimestral|R
            E|Estudio de impacto económico de la Feria de Cali|el impacto económico de la Feria de Cali|Visitante|Anual|E
            G|Informe de la red de bibliotecas públicas|los usuarios y préstamos de la red de bibliotecas públicas|Préstamo|Mensual|R
            E|Encuesta de consumo cultural|el consumo cultural de los hogares|Persona|Bienal|E
            G|Informe de estímulos y convocatorias culturales|los estímulos culturales otorgados|Estímulo|Anual|-
            DEPORTE
            I|Indicadores de actividad física y recreación|la participación en programas de actividad física y recreación|Participante|Trimestral|R
            E|Caracterización de escenarios deportivos|los escenarios deportivos y su estado|Escenario deportivo|Bienal|C
            G|Informe de eventos deportivos|los eventos deportivos realizados|Evento|Semestral|-
            G|Informe de escuelas deportivas|los inscritos en las escuelas deportivas|Deportista|Semestral|R
            E|Encuesta de hábitos deportivos|los hábitos deportivos de la población|Persona|Bienal|E
            VIVIENDA
            O|Déficit cuantitativo y cualitativo de vivienda|el déficit de vivienda de los hogares|Hogar|Anual|E
            I|Indicadores de vivienda de interés social|la oferta de vivienda de interés social|Unidad de vivienda|Semestral|-
            E|Caracterización de asentamientos humanos de desarrollo incompleto|los asentamientos humanos de desarrollo incompleto|Asentamiento|Bienal|C
            G|Informe de subsidios de vivienda|los subsidios de vivienda asignados|Subsidio|Trimestral|R
            G|Informe de titulación de predios|los predios titulados|Predio|Semestral|R
            E|Estudio de mejoramiento de vivienda|las intervenciones de mejoramiento de vivienda|Vivienda|Anual|-
            INFRAESTRUCTURA
            I|Indicadores del estado de la malla vial|el estado de la malla vial|Segmento vial|Anual|R
            E|Inventario de puentes peatonales y vehiculares|los puentes y su estado|Puente|Bienal|C
            G|Informe de ejecución de obras públicas|la ejecución de las obras públicas|Obra|Trimestral|R
            G|Informe de alumbrado público|la red de alumbrado público|Luminaria|Semestral|R
            E|Estudio de espacio público efectivo por habitante|el espacio público efectivo por habitante|Zona verde|Bienal|C
            G|Informe de contribución de valorización|la contribución de valorización por obras|Predio|Anual|R
            GENERAL
            I|Indicadores de gestión del talento humano|la planta de personal de la administración|Servidor público|Semestral|-
            G|Informe de gestión documental y archivo|la gestión documental y los archivos|Unidad documental|Anual|R
            G|Informe de atención al ciudadano|las peticiones, quejas, reclamos, sugerencias y denuncias|Solicitud|Trimestral|R
            E|Encuesta de satisfacción ciudadana con los trámites|la satisfacción ciudadana con los trámites|Ciudadano|Anual|E
            G|Informe de gestión de tecnologías de la información|los servicios tecnológicos de la administración|Servicio tecnológico|Semestral|-
            JURIDICA
            G|Informe de actividad litigiosa|los procesos judiciales a favor y en contra del municipio|Proceso judicial|Trimestral|R
            G|Informe de conciliaciones extrajudiciales|las solicitudes tramitadas por el comité de conciliación|Solicitud de conciliación|Trimestral|R
            I|Indicadores de prevención del daño antijurídico|el daño antijurídico|Proceso judicial|Anual|-
            G|Informe de contratación|la contratación de la administración|Contrato|Mensual|R
            CONTROL_INTERNO
            G|Informe de auditorías internas|las auditorías internas realizadas|Auditoría|Semestral|R
            I|Indicadores de desempeño institucional (MIPG)|el desempeño institucional según el Modelo Integrado de Planeación y Gestión|Política de gestión|Anual|E
            G|Informe de seguimiento a planes de mejoramiento|los planes de mejoramiento|Hallazgo|Semestral|-
            CONTROL_DISCIPLINARIO
            G|Informe de procesos disciplinarios|los procesos disciplinarios|Proceso disciplinario|Trimestral|R
            I|Indicadores de gestión disciplinaria|la gestión disciplinaria|Proceso disciplinario|Semestral|R
            E|Estudio de conductas disciplinables recurrentes|las conductas disciplinables más frecuentes|Queja|Anual|R
            """;

    private DemoProcessLines() {
    }
}
