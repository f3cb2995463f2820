package io.archivo.search;

import java.util.List;

public record StudyHit(String studyId, int version, String title, String department, String processCode,
                       Integer yearStart, Integer yearEnd, List<String> snippets) implements SearchHit {
    public StudyHit {
        snippets = snippets == null ? List.of() : List.copyOf(snippets);
    }
}
