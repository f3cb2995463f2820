package io.archivo.sdmx.mapping;

import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Variable;
import java.util.List;
import java.util.Objects;

/** The latest published DDI study of a process; {@code publishedVersion} (n ≥ 0) becomes SDMX version {@code n.0}. */
public record PublishedStudy(String idno, int publishedVersion, StudyDescription study, List<Variable> variables) {
    public PublishedStudy {
        if (publishedVersion < 0) {
            throw new IllegalArgumentException("publishedVersion must not be negative: " + publishedVersion);
        }
        variables = List.copyOf(Objects.requireNonNull(variables, "variables"));
    }

    public String sdmxVersion() {
        return publishedVersion + ".0";
    }
}
