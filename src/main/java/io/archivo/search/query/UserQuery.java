package io.archivo.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a person asked for, after {@link UserQueryParser} made sense of it: plain words, "quoted phrases", and words or
 * phrases to exclude. No Lucene syntax survives here.
 */
public record UserQuery(List<String> words, List<String> phrases, List<String> excludedWords, List<String> excludedPhrases) {

    public UserQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excludedWords = List.copyOf(excludedWords);
        excludedPhrases = List.copyOf(excludedPhrases);
    }

    public static final UserQuery EMPTY = new UserQuery(List.of(), List.of(), List.of(), List.of());

    /** True when there is nothing to look for (only exclusions, or nothing at all): the search browses. */
    public boolean isBrowse() {
        return words.isEmpty() && phrases.isEmpty();
    }

    public int size() {
        return words.size() + phrases.size() + excludedWords.size() + excludedPhrases.size();
    }

    /** The first half of each kind of term: a smaller query to fall back on when Lucene finds a query too large. */
    public UserQuery halved() {
        return new UserQuery(half(words), half(phrases), half(excludedWords), half(excludedPhrases));
    }

    private static List<String> half(List<String> terms) {
        return terms.subList(0, terms.size() / 2);
    }

    /** The query written back in people's syntax, with each word passed through {@code rewrite} (for "did you mean"). */
    public String render(UnaryOperator<String> rewrite) {
        List<String> parts = new ArrayList<>();
        words.forEach(w -> parts.add(rewrite.apply(w)));
        phrases.forEach(p -> parts.add('"' + p + '"'));
        excludedWords.forEach(w -> parts.add("-" + w));
        excludedPhrases.forEach(p -> parts.add("-\"" + p + '"'));
        return String.join(" ", parts);
    }
}
