package io.archivo.search;

import java.util.List;

public record VariableHit(String studyId, String studyTitle, String variableId, String name, String label,
                          String question, List<String> snippets) implements SearchHit {
    public VariableHit {
        snippets = snippets == null ? List.of() : List.copyOf(snippets);
    }
}
