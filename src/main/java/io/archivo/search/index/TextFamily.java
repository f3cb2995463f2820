package io.archivo.search.index;

import java.util.List;

/**
 * A searchable kind of text. Each family is indexed under several Lucene fields, one per analysis:
 * <ul>
 *   <li>{@link #spanish()} (the base name): Spanish chain with stemming, for text in Spanish or without language</li>
 *   <li>{@link #english()}: English chain, for {@code xml:lang="en"} text (multilingual families only)</li>
 *   <li>{@link #other()}: folding only, for any other language (multilingual families only)</li>
 *   <li>{@link #exact()}: folding only, every language; for phrases, fuzzy matching and exact-form bonus</li>
 * </ul>
 * Keeping languages in separate fields means a German word is never stemmed as if it were Spanish.
 */
public enum TextFamily {
    TITLE("title", true, true),
    ALTERNATIVE_TITLE("altTitle", true, true),
    ABSTRACT("abstract", true, true),
    KEYWORDS("keywords", true, true),
    TOPICS("topics", true, true),
    /** Producers, department, process, coverage, universe…: short plain strings, assumed Spanish. */
    CONTEXT("context", false, false),
    /** On the study: names, labels and questions of its variables (what the study measures). */
    STUDY_VARIABLES("studyVars", false, false),
    VARIABLE_NAME("varName", false, true),
    VARIABLE_LABEL("varLabel", false, true),
    VARIABLE_QUESTION("varQuestion", false, true),
    VARIABLE_CATEGORIES("varCategories", false, true),
    VARIABLE_STUDY_TITLE("varStudyTitle", false, false);

    // the order of the families is part of the index ({@link HitRow} codes): append only

    private final String base;
    private final boolean multilingual;
    private final boolean inSnippets;
    // named once: indexing asks for them several times per text, and a new string each time was hashed anew
    private final String english;
    private final String other;
    private final String exact;

    TextFamily(String base, boolean multilingual, boolean inSnippets) {
        this.base = base;
        this.multilingual = multilingual;
        this.inSnippets = inSnippets;
        this.english = base + ".en";
        this.other = base + ".any";
        this.exact = base + ".exact";
    }

    /**
     * Whether hits show snippets cut from this family: its text is then kept in the {@link HitRow}. Context, the
     * study's variables and a variable's study title say what a hit is near, not what it is about.
     */
    public boolean inSnippets() {
        return inSnippets;
    }

    public String spanish() {
        return base;
    }

    public String english() {
        return english;
    }

    public String other() {
        return other;
    }

    public String exact() {
        return exact;
    }

    public boolean multilingual() {
        return multilingual;
    }

    /** The stemmed/stopped fields, the ones word queries and highlighting use. */
    public List<String> languageFields() {
        return multilingual ? List.of(spanish(), english(), other()) : List.of(spanish());
    }

    /** Field for a text in the given language. */
    public String fieldFor(TextLanguage language) {
        if (!multilingual) {
            return spanish();
        }
        return switch (language) {
            case SPANISH -> spanish();
            case ENGLISH -> english();
            case OTHER -> other();
        };
    }
}
