package io.archivo.inventory.api.dto;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.archivo.inventory.service.ProcessStudySummary;
import java.util.List;

/** A process with its published DDI studies (one per edition or period). */
public record ProcessDetailView(@JsonUnwrapped ProcessView process, List<ProcessStudySummary> studies) {
}
