package io.archivo.inventory.service;

import io.archivo.inventory.domain.ProcessData;
import java.util.Set;

/**
 * The indicators of the territorial statistical plan (PET) that the inventory measures, with the plan's baseline
 * and target, and the rule that decides whether a process counts.
 */
public enum PlanIndicator {
    METADATOS_ESTANDARIZADOS("metadatos-estandarizados",
            "Procesos estadísticos con metadatos estandarizados (DDI) publicados", 0, 77),
    DIFUSION_PUBLICO("difusion-publico", "Procesos que difunden sus resultados al público", 57, 87),
    DIFUSION_WEB("difusion-web", "Procesos que difunden sus resultados al público en la web", 38, 57),
    RECOLECCION_DIGITAL("recoleccion-digital",
            "Procesos que recolectan datos con instrumentos digitales (correo, formulario web, dispositivo móvil)", 21, 67),
    DOCUMENTACION_DANE("documentacion-dane", "Procesos documentados bajo el estándar del DANE", 0, 61),
    BASES_DE_DATOS("bases-de-datos", "Procesos que almacenan sus datos en un gestor de base de datos", 33, 71);

    public static final String UNIT = "procesos";

    private final String id;
    private final String label;
    private final int baseline;
    private final int target;

    PlanIndicator(String id, String label, int baseline, int target) {
        this.id = id;
        this.label = label;
        this.baseline = baseline;
        this.target = target;
    }

    public String id() {
        return id;
    }

    /** Whether {@code process} counts towards this indicator; {@code published} holds codes with a published study. */
    public boolean counts(ProcessData process, Set<String> published) {
        return switch (this) {
            case METADATOS_ESTANDARIZADOS -> published.contains(process.code());
            case DIFUSION_PUBLICO -> process.publicDissemination();
            case DIFUSION_WEB -> process.disseminatesOnWeb();
            case RECOLECCION_DIGITAL -> process.usesDigitalCollection();
            case DOCUMENTACION_DANE -> process.documented() && process.daneStandard();
            case BASES_DE_DATOS -> process.usesDatabaseManager();
        };
    }

    public Indicator measure(Iterable<ProcessData> processes, Set<String> published) {
        int current = 0;
        for (ProcessData p : processes) {
            if (counts(p, published)) {
                current++;
            }
        }
        return new Indicator(id, label, UNIT, baseline, target, current);
    }
}
