package io.archivo.search.query;

import io.archivo.search.index.TextFamily;

import java.util.List;

/**
 * Which text families a search looks in, and how much a match in each counts. A word in a title says far more about
 * what a study is than the same word somewhere in its universe description.
 */
public enum SearchTarget {
    STUDIES(0.1f, List.of(
            new Weighted(TextFamily.TITLE, 8f),
            new Weighted(TextFamily.ALTERNATIVE_TITLE, 5f),
            new Weighted(TextFamily.KEYWORDS, 4f),
            new Weighted(TextFamily.TOPICS, 3.5f),
            new Weighted(TextFamily.ABSTRACT, 2f),
            new Weighted(TextFamily.STUDY_VARIABLES, 1.5f),
            new Weighted(TextFamily.CONTEXT, 1f))),
    // a variable is found by the field that names it best, the others adding nothing: so Lucene can skip the postings
    // of a broad word that cannot reach the page (block-max: each field's scorer is told the lowest competitive score)
    // instead of scoring every match, which a tie-breaker prevents ("zona" matches 100,000 variables; docs/search.md)
    VARIABLES(0f, List.of(
            new Weighted(TextFamily.VARIABLE_NAME, 6f),
            new Weighted(TextFamily.VARIABLE_LABEL, 6f),
            new Weighted(TextFamily.VARIABLE_QUESTION, 3f),
            new Weighted(TextFamily.VARIABLE_CATEGORIES, 1.5f),
            new Weighted(TextFamily.VARIABLE_STUDY_TITLE, 1f)));

    /** A text family and its boost. */
    public record Weighted(TextFamily family, float boost) {
    }

    private final float tieBreaker;
    private final List<Weighted> fields;
    /** Resolved once: every search asked for them, and every hit of the page went through them. */
    private final List<String> highlightFields;

    SearchTarget(float tieBreaker, List<Weighted> fields) {
        this.tieBreaker = tieBreaker;
        this.fields = fields;
        this.highlightFields = fields.stream()
                .filter(w -> w.family().inSnippets())
                .flatMap(w -> w.family().languageFields().stream())
                .toList();
    }

    /**
     * How much the fields matching a word besides the best one add to its score (Lucene's disjunction-max tie-breaker).
     * Studies: a tenth, so a word in the title and the abstract beats one in the title alone.
     */
    public float tieBreaker() {
        return tieBreaker;
    }

    public List<Weighted> fields() {
        return fields;
    }

    /** Stored fields worth cutting snippets from, most telling first. */
    public List<String> highlightFields() {
        return highlightFields;
    }
}
