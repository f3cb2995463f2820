package io.archivo.inventory.domain;

/** What a statistical process produces, as classified by the territorial statistical plan. */
public enum ProcessType implements Coded {
    OPERACION_ESTADISTICA("operacion_estadistica", "Operación estadística"),
    ESTUDIO_ESTADISTICO("estudio_estadistico", "Estudio estadístico"),
    PRODUCCION_INDICADORES("produccion_indicadores", "Producción de indicadores"),
    INFORME_GESTION("informe_gestion", "Informe de gestión");

    private final String code;
    private final String label;

    ProcessType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
