package io.archivo.search.query;

import io.archivo.search.index.TextFamily;

import java.util.List;

/**
 * Which text families a search looks in, and how much a match in each counts. A word in a title says far more about
 * what a study is than the same word somewhere in its universe description.
 */
public enum SearchTarget {
    STUDIES(List.of(
            new Weighted(TextFamily.TITLE, 8f),
            new Weighted(TextFamily.ALTERNATIVE_TITLE, 5f),
            new Weighted(TextFamily.KEYWORDS, 4f),
            new Weighted(TextFamily.TOPICS, 3.5f),
            new Weighted(TextFamily.ABSTRACT, 2f),
            new Weighted(TextFamily.STUDY_VARIABLES, 1.5f),
            new Weighted(TextFamily.CONTEXT, 1f))),
    VARIABLES(List.of(
            new Weighted(TextFamily.VARIABLE_NAME, 6f),
            new Weighted(TextFamily.VARIABLE_LABEL, 6f),
            new Weighted(TextFamily.VARIABLE_QUESTION, 3f),
            new Weighted(TextFamily.VARIABLE_CATEGORIES, 1.5f),
            new Weighted(TextFamily.VARIABLE_STUDY_TITLE, 1f)));

    /** A text family and its boost. */
    public record Weighted(TextFamily family, float boost) {
    }

    private final List<Weighted> fields;
    /** Resolved once: every search asked for them, and every hit of the page went through them. */
    private final List<String> highlightFields;

    SearchTarget(List<Weighted> fields) {
        this.fields = fields;
        this.highlightFields = fields.stream()
                .filter(w -> w.family().inSnippets())
                .flatMap(w -> w.family().languageFields().stream())
                .toList();
    }

    public List<Weighted> fields() {
        return fields;
    }

    /** Stored fields worth cutting snippets from, most telling first. */
    public List<String> highlightFields() {
        return highlightFields;
    }
}
