package io.archivo.inventory.domain;

import io.archivo.common.organisation.Coded;

/** What a statistical process produces, as classified by the territorial statistical plan. */
public enum ProcessType implements Coded {
    OPERACION_ESTADISTICA("Operación estadística"),
    ESTUDIO_ESTADISTICO("Estudio estadístico"),
    PRODUCCION_INDICADORES("Producción de indicadores"),
    INFORME_GESTION("Informe de gestión");

    private final String label;

    ProcessType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
