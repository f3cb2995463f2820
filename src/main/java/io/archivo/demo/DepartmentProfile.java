package io.archivo.demo;

import io.archivo.inventory.domain.Classification;
import io.archivo.common.organisation.Department;
import java.util.List;
import java.util.Map;

/** What the demo catalogue says about every process of one department. Illustrative, not official. */
record DepartmentProfile(
        String prefix,
        String thematicArea,
        String group,
        List<String> norms,
        Classification classification,
        String targetPopulation,
        String thematicDisaggregation,
        int maturity) {

    static DepartmentProfile of(Department d) {
        return PROFILES.get(d);
    }

    private static final Map<Department, DepartmentProfile> PROFILES = Map.ofEntries(
            Map.entry(Department.BIENESTAR, new DepartmentProfile("BIE", "Inclusión social",
                    "Subsecretaría de Poblaciones y Etnias",
                    List.of("Ley 1098 de 2006", "Ley 1251 de 2008", "Ley 1641 de 2013"), Classification.PUBLICA,
                    "Población en situación de vulnerabilidad de Santiago de Cali",
                    "Sexo; grupo de edad; pertenencia étnica; discapacidad", 2)),
            Map.entry(Department.CONTROL_DISCIPLINARIO, new DepartmentProfile("CDI", "Gobierno y gestión pública",
                    "Oficina de Control Disciplinario Interno", List.of("Ley 1952 de 2019", "Ley 2094 de 2021"),
                    Classification.RESERVADA, "Servidores públicos de la Administración distrital",
                    "Tipo de falta; dependencia", 0)),
            Map.entry(Department.CONTROL_INTERNO, new DepartmentProfile("CIN", "Gobierno y gestión pública",
                    "Departamento Administrativo de Control Interno", List.of("Ley 87 de 1993", "Decreto 1083 de 2015"),
                    Classification.PUBLICA, "Dependencias de la Administración distrital", "Proceso; dependencia", 1)),
            Map.entry(Department.CULTURA_TURISMO, new DepartmentProfile("CYT", "Cultura y turismo",
                    "Subsecretaría de Turismo y Artes", List.of("Ley 397 de 1997", "Ley 300 de 1996", "Ley 2068 de 2020"),
                    Classification.PUBLICA, "Residentes y visitantes de Santiago de Cali",
                    "Tipo de actividad; origen del visitante", 2)),
            Map.entry(Department.DAGMA, new DepartmentProfile("DAG", "Ambiente",
                    "Subdirección de Gestión de Calidad Ambiental",
                    List.of("Ley 99 de 1993", "Decreto 1076 de 2015", "Resolución 2254 de 2017"), Classification.PUBLICA,
                    "Recursos naturales y población de Santiago de Cali", "Tipo de recurso; contaminante", 5)),
            Map.entry(Department.DEPORTE, new DepartmentProfile("DEP", "Deporte y recreación",
                    "Subsecretaría de Deporte y Recreación", List.of("Ley 181 de 1995", "Decreto 1085 de 2015"),
                    Classification.PUBLICA, "Población residente en Santiago de Cali",
                    "Disciplina; sexo; grupo de edad", 1)),
            Map.entry(Department.EDUCACION, new DepartmentProfile("EDU", "Educación",
                    "Subsecretaría de Planeación Sectorial", List.of("Ley 115 de 1994", "Ley 715 de 2001", "Decreto 1075 de 2015"),
                    Classification.PUBLICA, "Población en edad escolar (5 a 16 años) de Santiago de Cali",
                    "Nivel educativo; sector; sexo; grado", 8)),
            Map.entry(Department.GENERAL, new DepartmentProfile("GEN", "Gobierno y gestión pública",
                    "Subdirección de Gestión Documental y Atención al Ciudadano",
                    List.of("Ley 594 de 2000", "Ley 1712 de 2014", "Ley 1755 de 2015"), Classification.PUBLICA,
                    "Ciudadanos y servidores de la Administración distrital", "Dependencia; tipo de solicitud", 1)),
            Map.entry(Department.GOBIERNO, new DepartmentProfile("GOB", "Seguridad y convivencia",
                    "Observatorio de Seguridad", List.of("Ley 1801 de 2016", "Ley 1551 de 2012"), Classification.PUBLICA,
                    "Población residente en Santiago de Cali", "Tipo de hecho; sexo; grupo de edad", 5)),
            Map.entry(Department.HACIENDA, new DepartmentProfile("HAC", "Finanzas públicas",
                    "Subdirección de Impuestos y Rentas", List.of("Ley 14 de 1983", "Decreto 111 de 1996", "Ley 1819 de 2016"),
                    Classification.PUBLICA, "Contribuyentes y predios de Santiago de Cali",
                    "Tributo; destino económico; estrato", 8)),
            Map.entry(Department.INFRAESTRUCTURA, new DepartmentProfile("INF", "Infraestructura",
                    "Subsecretaría de Infraestructura Vial", List.of("Ley 80 de 1993", "Ley 1682 de 2013"),
                    Classification.PUBLICA, "Infraestructura pública de Santiago de Cali", "Tipo de obra; estado", 2)),
            Map.entry(Department.JURIDICA, new DepartmentProfile("JUR", "Justicia y derecho",
                    "Subdirección de Defensa Judicial", List.of("Ley 1437 de 2011", "Decreto 1069 de 2015"),
                    Classification.CLASIFICADA, "Procesos judiciales y extrajudiciales del municipio",
                    "Tipo de proceso; jurisdicción", 1)),
            Map.entry(Department.PLANEACION, new DepartmentProfile("PLA", "Demografía y condiciones de vida",
                    "Subdirección de Desarrollo Integral", List.of("Ley 152 de 1994", "Ley 388 de 1997", "Decreto 1170 de 2015"),
                    Classification.PUBLICA, "Población y territorio de Santiago de Cali", "Sexo; grupo de edad; estrato", 9)),
            Map.entry(Department.SALUD, new DepartmentProfile("SAL", "Salud", "Subsecretaría de Salud Pública",
                    List.of("Ley 100 de 1993", "Ley 715 de 2001", "Ley 1751 de 2015"), Classification.PUBLICA,
                    "Población residente en Santiago de Cali", "Sexo; grupo de edad; régimen de afiliación", 8)),
            Map.entry(Department.TRANSITO, new DepartmentProfile("TRA", "Transporte y movilidad",
                    "Subsecretaría de Movilidad Sostenible y Seguridad Vial", List.of("Ley 769 de 2002", "Ley 1702 de 2013"),
                    Classification.PUBLICA, "Actores viales de Santiago de Cali",
                    "Tipo de actor vial; tipo de vehículo; gravedad", 5)),
            Map.entry(Department.VIVIENDA, new DepartmentProfile("VIV", "Vivienda", "Subsecretaría de Mejoramiento Integral",
                    List.of("Ley 3 de 1991", "Ley 1537 de 2012"), Classification.PUBLICA, "Hogares de Santiago de Cali",
                    "Tipo de vivienda; estrato; tipo de déficit", 3)));
}
