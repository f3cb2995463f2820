package io.archivo.sdmx.mapping;

import java.util.Objects;

/** One process to map: its inventory entry, plus its latest published study and designation when it has them. */
public record ProcessInput(ProcessInfo process, PublishedStudy study, Designation designation) {
    public ProcessInput {
        Objects.requireNonNull(process, "process");
    }

    public static ProcessInput of(ProcessInfo process) {
        return new ProcessInput(process, null, null);
    }
}
