package io.archivo.inventory.domain;

/**
 * The fields of a process as users name them: {@code header} is the Spanish column title of the CSV/XLSX
 * inventory (the same for import and export), {@code property} the member name in the JSON API.
 */
public enum ProcessField {
    CODE("Código", "code", true),
    NAME("Nombre", "name", true),
    DEPARTMENT("Dependencia", "department", true),
    GROUP("Grupo", "group", false),
    PURPOSE("Objetivo", "purpose", false),
    TYPE("Tipo de proceso", "type", true),
    THEMATIC_AREA("Área temática", "thematicArea", false),
    GEOGRAPHIC_DISAGGREGATION("Desagregación geográfica", "geographicDisaggregation", false),
    THEMATIC_DISAGGREGATION("Desagregación temática", "thematicDisaggregation", false),
    COVERAGE("Cobertura", "coverage", false),
    RESPONSIBLE("Responsable", "responsible", false),
    OBSERVATION_UNITS("Unidades de observación", "observationUnits", false),
    TARGET_POPULATION("Población objetivo", "targetPopulation", false),
    PERIODICITY("Periodicidad", "periodicity", false),
    NORMS("Normas que lo regulan", "norms", false),
    SOURCES("Fuentes de recolección", "sources", false),
    INSTRUMENTS("Instrumentos de recolección", "instruments", false),
    STORAGE("Almacenamiento", "storage", false),
    DOCUMENTED("Documentado", "documented", false),
    DOCUMENT_STATES("Estado de la documentación", "documentStates", false),
    DANE_STANDARD("Documentación bajo estándar DANE", "daneStandard", false),
    DANE_INSTRUMENTS("Usa instrumentos técnicos DANE", "daneInstruments", false),
    PUBLIC_DISSEMINATION("Difusión al público", "publicDissemination", false),
    MEDIA("Medios de difusión", "media", false),
    CLASSIFICATION("Clasificación Ley 1712", "classification", true),
    ILLUSTRATIVE("Ilustrativo", "illustrative", false);

    private final String header;
    private final String property;
    private final boolean required;

    ProcessField(String header, String property, boolean required) {
        this.header = header;
        this.property = property;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public String property() {
        return property;
    }

    /** A spreadsheet without this column is rejected as a whole. */
    public boolean required() {
        return required;
    }
}
