package io.archivo.search.query;

import io.archivo.search.index.AnalysisProbe;
import io.archivo.search.index.Analyzers;
import io.archivo.search.index.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what people type into a search box. The syntax is deliberately small: words (all should match),
 * {@code "quoted phrases"}, and {@code -word} or {@code -"phrase"} to exclude. Everything else is text:
 * Lucene operators ({@code AND}, {@code ||}, {@code +}, {@code !}), wildcards ({@code *}, {@code ?}), field syntax
 * ({@code title:foo}), brackets and the like are turned into spaces or ignored, never interpreted. Any input is accepted:
 * this class never throws on user text, and it caps size so that no input can make a query expensive.
 */
public final class UserQueryParser {

    /** Longer input is cut: nobody types more into a catalogue search box, and it bounds the query size. */
    public static final int MAX_CHARS = 1_000;
    /**
     * At most this many analysed tokens over all words, phrases and exclusions. Each token becomes up to 22 field
     * clauses and Lucene refuses queries with more than 1,024 leaf clauses, so this is a technical bound, not just taste.
     * Counting tokens rather than words also bounds inputs like a 1,000-character run of CJK characters or
     * "a-b-c-d-…", which are one word but hundreds of tokens.
     */
    public static final int MAX_TOKENS = 30;

    private static final Set<String> IGNORED_OPERATORS = Set.of("AND", "OR", "&&", "||", "TO");
    private static final String NOT = "NOT";

    private UserQueryParser() {
    }

    public static UserQuery parse(String raw) {
        String text = cap(Folding.clean(raw));
        Collector out = new Collector();
        int i = 0;
        boolean negateNext = false;
        while (i < text.length() && !out.full()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negate = negateNext;
            negateNext = false;
            // prefix operators: '-' excludes, '+' and '!' are noise (all words are wanted anyway)
            while (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+' || text.charAt(i) == '!')) {
                negate |= text.charAt(i) == '-';
                i++;
            }
            if (i >= text.length() || Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            if (text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    // an unbalanced quote is most likely a typo: read the rest as ordinary words
                    i++;
                    continue;
                }
                out.phrase(text.substring(i + 1, close), negate);
                i = close + 1;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                end++;
            }
            String token = text.substring(i, end);
            i = end;
            if (NOT.equals(token)) {
                negateNext = true;
            } else if (!IGNORED_OPERATORS.contains(token)) {
                out.words(token, negate);
            }
        }
        return out.toQuery();
    }

    private static String cap(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Characters with a meaning in Lucene's classic syntax (or in none) become spaces, so {@code title:pobreza} is the
     * two words "title" and "pobreza" and {@code educ*} is "educ". Hyphens and dots inside words stay (e.g. "covid-19").
     */
    static String neutralise(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            sb.append(":*?()[]{}^~\\/<>=&|!+\"';,".indexOf(c) >= 0 ? ' ' : c);
        }
        return sb.toString().trim();
    }

    private static final class Collector {
        private final List<String> words = new ArrayList<>();
        private final List<String> phrases = new ArrayList<>();
        private final List<String> excludedWords = new ArrayList<>();
        private final List<String> excludedPhrases = new ArrayList<>();

        private int tokens;

        boolean full() {
            return tokens >= MAX_TOKENS;
        }

        void words(String token, boolean negate) {
            for (String word : neutralise(token).split("\\s+")) {
                // a word without any letter or digit ("-", "...") carries nothing searchable
                if (word.codePoints().anyMatch(Character::isLetterOrDigit) && fits(word)) {
                    (negate ? excludedWords : words).add(word);
                }
            }
        }

        void phrase(String content, boolean negate) {
            String phrase = String.join(" ", neutralise(content).split("\\s+")).trim();
            if (phrase.codePoints().anyMatch(Character::isLetterOrDigit) && fits(phrase)) {
                (negate ? excludedPhrases : phrases).add(phrase);
            }
        }

        /** Takes the text's tokens from the budget; false (and nothing taken) when it has none or would overflow it. */
        private boolean fits(String text) {
            int cost = AnalysisProbe.terms(Analyzers.folding(), "", text).size();
            if (cost == 0 || tokens + cost > MAX_TOKENS) {
                return false;
            }
            tokens += cost;
            return true;
        }

        UserQuery toQuery() {
            return new UserQuery(words, phrases, excludedWords, excludedPhrases);
        }
    }
}
