package io.archivo.search.service;

import io.archivo.search.index.Analyzers;
import io.archivo.search.index.HitRow;
import io.archivo.search.query.SearchTarget;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Highlighted passages for the hits of the page being shown (never for more), cut from the text kept in each hit's
 * row ({@link HitRow}). Each value is analysed once with the field's own analyzer, and tokens whose term the query
 * looks for in that field are marked:
 * a short value is shown whole, a long one (an abstract) as windows around its first matches. Text is HTML-escaped
 * and matches are wrapped in {@code <em>}, so the result can go straight into a page.
 * <p>
 * Lucene's {@code UnifiedHighlighter} did the same through a {@code MemoryIndex} per hit and field and was a quarter of
 * the cost of an uncached search; this pass costs a few microseconds per hit.
 */
final class Snippets {

    private static final int SNIPPETS_PER_HIT = 3;
    private static final int ABSTRACT_PASSAGES = 2;
    /** Values up to this many characters are shown whole. */
    private static final int WHOLE = 200;
    private static final int BEFORE = 60;
    private static final int WINDOW = 180;

    /**
     * What to highlight for a query: the terms it looks for per highlighted field. Made once per search; the text
     * is read from each hit's row, together with what the hit shows ({@link HitReader}).
     *
     * @param textQuery the people's part of the query only: filters (visibility, facets) hold no words to highlight
     * @return the plan, or null when the query looks for no term in a highlighted field
     */
    Plan plan(Query textQuery, SearchTarget target) {
        List<String> fields = target.highlightFields();
        Map<String, Set<String>> terms = termsByField(textQuery, fields);
        return terms.isEmpty() ? null : new Plan(fields, terms);
    }

    /**
     * The highlighted fields the query has terms for, most telling first, each with what it looks for: resolved once
     * per search, not for every hit of the page.
     */
    static final class Plan {
        private final List<FieldPlan> fields = new ArrayList<>();

        /** A field's wanted terms (looked up straight from the token's char buffer), their prefixes, its passages. */
        private record FieldPlan(String field, CharArraySet wanted, List<String> prefixes, int passages) {
        }

        private Plan(List<String> fields, Map<String, Set<String>> terms) {
            for (String field : fields) {
                Set<String> wanted = terms.get(field);
                if (wanted != null) {
                    this.fields.add(new FieldPlan(field, new CharArraySet(wanted, false), prefixes(wanted),
                            field.startsWith("abstract") ? ABSTRACT_PASSAGES : 1));
                }
            }
        }

        /** Up to {@value #SNIPPETS_PER_HIT} marked passages of one hit, from the text in its row. */
        List<String> of(HitRow doc) throws IOException {
            List<String> snippets = new ArrayList<>(SNIPPETS_PER_HIT);
            for (FieldPlan plan : fields) {
                if (snippets.size() >= SNIPPETS_PER_HIT) {
                    break;
                }
                for (String value : doc.values(plan.field())) {
                    if (!mayMatch(value, plan.prefixes())) {
                        continue; // cannot hold a wanted term: not worth analysing
                    }
                    String marked = mark(plan.field(), value, plan.wanted(), plan.passages());
                    if (marked != null) {
                        snippets.add(marked);
                        break; // one value per field, like one passage per field
                    }
                }
            }
            return snippets;
        }
    }

    /**
     * What the folded text must contain for a term to match in it: the term without its last letter (at most 4
     * letters). Stemmers only change a word's ending, by at most its last letter beyond what they cut ("luces" →
     * "luz", "studies" → "studi"), so the rest of a stem is always in the folded word; a value without any of these
     * strings cannot match and is not analysed. Analysing every shown hit's title, keywords and abstract was most of
     * the snippets' cost.
     */
    static List<String> prefixes(Set<String> wanted) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String term : wanted) {
            out.add(term.substring(0, Math.max(1, Math.min(term.length() - 1, 4))));
        }
        return List.copyOf(out);
    }

    /** False only when {@code value}, folded and in lower case, contains none of {@code prefixes}. */
    static boolean mayMatch(String value, List<String> prefixes) {
        // checked for every shown value (abstracts of thousands of characters): folded char by char through a
        // table into a kept buffer; only chars outside the table or folding to several chars go through Lucene
        char[] text = FOLD_BUFFER.get().of(value.length() * 4); // the longest folding of one char is four chars
        int folded = fold(value, text);
        for (int i = 0; i < prefixes.size(); i++) { // indexed: no iterator per shown value
            if (contains(text, folded, prefixes.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Writes {@code value} in lower case and folded to ASCII into {@code into}; returns the folded length. */
    static int fold(String value, char[] into) {
        int folded = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char f = c < FOLDED.length ? FOLDED[c] : 0;
            if (f != 0) {
                into[folded++] = f;
            } else {
                into[folded] = Character.toLowerCase(c);
                folded = ASCIIFoldingFilter.foldToASCII(into, folded, into, folded, 1);
            }
        }
        return folded;
    }

    /**
     * Each char below U+2200 (Latin, Greek, Cyrillic, punctuation) in lower case and folded as Lucene's
     * {@code ASCIIFoldingFilter} folds it, when that is a single char; 0 where it is several ("æ" → "ae").
     */
    private static final char[] FOLDED = foldTable(0x2200);

    private static char[] foldTable(int size) {
        char[] table = new char[size];
        char[] in = new char[1];
        char[] out = new char[4];
        for (int c = 1; c < size; c++) {
            in[0] = Character.toLowerCase((char) c);
            if (ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1) == 1) {
                table[c] = out[0];
            }
        }
        return table;
    }

    private static boolean contains(char[] text, int length, String part) {
        int last = length - part.length();
        outer:
        for (int i = 0; i <= last; i++) {
            for (int k = 0; k < part.length(); k++) {
                if (text[i + k] != part.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static final ThreadLocal<FoldBuffer> FOLD_BUFFER = ThreadLocal.withInitial(FoldBuffer::new);

    /** A thread's buffer for {@link #mayMatch}, grown to the longest value seen. */
    private static final class FoldBuffer {
        private char[] chars = new char[1024];

        char[] of(int length) {
            if (chars.length < length) {
                chars = new char[length];
            }
            return chars;
        }
    }

    /** The terms the query looks for, per highlighted field. */
    private static Map<String, Set<String>> termsByField(Query query, List<String> fields) {
        Set<String> highlighted = Set.copyOf(fields);
        Map<String, Set<String>> terms = new HashMap<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return highlighted.contains(field);
            }

            @Override
            public void consumeTerms(Query q, Term... found) {
                for (Term t : found) {
                    terms.computeIfAbsent(t.field(), f -> new HashSet<>()).add(t.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                // excluded words are not what the hit is about
                return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return terms;
    }

    /** The value with its matches marked, or null when nothing in it matches. */
    static String mark(String field, String value, Set<String> wanted, int passages) throws IOException {
        return mark(field, value, new CharArraySet(wanted, false), passages);
    }

    private static String mark(String field, String value, CharArraySet wanted, int passages) throws IOException {
        boolean whole = value.length() <= WHOLE;
        List<int[]> spans = new ArrayList<>();
        // a long value shows windows around its first matches only: once they are cut, the rest is not analysed
        List<int[]> windows = new ArrayList<>(passages);
        try (TokenStream tokens = Analyzers.perField().tokenStream(field, value)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (!whole && windows.size() == passages && offset.startOffset() >= windows.get(passages - 1)[1]) {
                    break;
                }
                if (wanted.contains(term.buffer(), 0, term.length())) {
                    int[] span = {offset.startOffset(), offset.endOffset()};
                    spans.add(span);
                    if (!whole && windows.size() < passages
                            && (windows.isEmpty() || span[0] >= windows.get(windows.size() - 1)[1])) {
                        int from = wordStart(value, Math.max(0, span[0] - BEFORE));
                        windows.add(new int[] {from, wordEnd(value, Math.min(value.length(), from + WINDOW))});
                    }
                }
            }
            tokens.end();
        }
        if (spans.isEmpty()) {
            return null;
        }
        if (whole) {
            return render(value, spans, 0, value.length());
        }
        StringBuilder out = new StringBuilder();
        for (int[] window : windows) {
            if (out.length() > 0) {
                out.append("… ");
            }
            out.append(render(value, spans, window[0], window[1]));
        }
        return out.toString();
    }

    private static String render(String value, List<int[]> spans, int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 32);
        int at = from;
        for (int[] span : spans) {
            if (span[0] < at || span[1] > to) {
                continue;
            }
            escape(value, at, span[0], out);
            out.append("<em>");
            escape(value, span[0], span[1], out);
            out.append("</em>");
            at = span[1];
        }
        escape(value, at, to, out);
        return out.toString().strip();
    }

    private static int wordStart(String s, int i) {
        while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String s, int i) {
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
    }
}
