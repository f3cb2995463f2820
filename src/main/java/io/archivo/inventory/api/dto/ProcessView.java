package io.archivo.inventory.api.dto;

import java.util.List;

/**
 * A process as the API returns it. {@code idno} is the DDI identifier its studies derive from
 * ({@code CALI-<code>}); {@code illustrative} marks records of the demo catalogue.
 */
public record ProcessView(
        String code,
        String idno,
        String name,
        CodeLabel department,
        String group,
        String purpose,
        CodeLabel type,
        String thematicArea,
        String geographicDisaggregation,
        String thematicDisaggregation,
        String coverage,
        String responsible,
        String observationUnits,
        String targetPopulation,
        String periodicity,
        List<String> norms,
        List<CodeLabel> sources,
        List<CodeLabel> instruments,
        List<CodeLabel> storage,
        boolean documented,
        List<CodeLabel> documentStates,
        boolean daneStandard,
        boolean daneInstruments,
        boolean publicDissemination,
        List<CodeLabel> media,
        CodeLabel classification,
        boolean illustrative) {
}
