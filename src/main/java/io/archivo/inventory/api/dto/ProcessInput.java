package io.archivo.inventory.api.dto;

import java.util.List;

/**
 * The body of POST and PUT. Enumerated values may be given as codes ({@code "operacion_estadistica"}) or as
 * Spanish labels ({@code "Operación estadística"}). On PUT every field is replaced; {@code code} may be omitted.
 * Missing booleans mean false, missing lists mean empty.
 */
public record ProcessInput(
        String code,
        String name,
        String department,
        String group,
        String purpose,
        String type,
        String thematicArea,
        String geographicDisaggregation,
        String thematicDisaggregation,
        String coverage,
        String responsible,
        String observationUnits,
        String targetPopulation,
        String periodicity,
        List<String> norms,
        List<String> sources,
        List<String> instruments,
        List<String> storage,
        Boolean documented,
        List<String> documentStates,
        Boolean daneStandard,
        Boolean daneInstruments,
        Boolean publicDissemination,
        List<String> media,
        String classification,
        Boolean illustrative) {
}
