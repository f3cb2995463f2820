package io.archivo.inventory.importer;

import io.archivo.inventory.domain.ProcessData;
import java.util.List;

/** What was read from an inventory file. The processes must not be applied unless {@link #errors()} is empty. */
public record ImportReport(List<ProcessData> processes, List<ImportError> errors) {
    public ImportReport {
        processes = List.copyOf(processes);
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
