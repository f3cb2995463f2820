package io.archivo.search;

import java.util.List;

/** One item of a result page: a {@link StudyHit} or a {@link VariableHit}. Snippets are HTML-escaped with {@code <em>} marks. */
public sealed interface SearchHit permits StudyHit, VariableHit {
    String studyId();

    List<String> snippets();
}
