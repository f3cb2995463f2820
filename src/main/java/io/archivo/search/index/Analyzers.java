package io.archivo.search.index;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one place that defines text analysis. The same {@link #perField()} analyzer is used by the index writer, the query
 * builder and the highlighter, so a word is always cut and folded the same way on both sides.
 */
public final class Analyzers {

    /** Keeps phrases from matching across two values of a multi-valued field (two keywords, two titles). */
    private static final int GAP_BETWEEN_VALUES = 100;

    /**
     * Spanish stop words in folded form as well: folding runs before the stop filter, so "más" arrives as "mas".
     */
    private static final CharArraySet SPANISH_STOP_WORDS = foldedCopy(SpanishAnalyzer.getDefaultStopSet());

    private static final Analyzer SPANISH = new SpanishFolding();
    private static final Analyzer ENGLISH = new EnglishFolding();
    private static final Analyzer FOLDING = new FoldingOnly();
    private static final Map<String, Analyzer> TEXT_FIELDS = textFields();
    private static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), TEXT_FIELDS);

    private Analyzers() {
    }

    /** Standard tokenizer, lower case, accent folding, Spanish stop words, light Spanish stemming. */
    public static Analyzer spanish() {
        return SPANISH;
    }

    /** Standard tokenizer, possessives, lower case, accent folding, English stop words, Porter stemming. */
    public static Analyzer english() {
        return ENGLISH;
    }

    /** Standard tokenizer, lower case, accent folding: no stop words, no stemming. For exact forms and other languages. */
    public static Analyzer folding() {
        return FOLDING;
    }

    /** Per-field analysis; anything not listed (ids, codes, flags) stays one unanalysed token. */
    public static Analyzer perField() {
        return PER_FIELD;
    }

    /** The analysis of a text field (one {@link #perField()} analyses it with). */
    static Analyzer forTextField(String field) {
        Analyzer analyzer = TEXT_FIELDS.get(field);
        if (analyzer == null) {
            throw new IllegalArgumentException("not a text field: " + field);
        }
        return analyzer;
    }

    private static Map<String, Analyzer> textFields() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (TextFamily family : TextFamily.values()) {
            byField.put(family.spanish(), SPANISH);
            byField.put(family.exact(), FOLDING);
            if (family.multilingual()) {
                byField.put(family.english(), ENGLISH);
                byField.put(family.other(), FOLDING);
            }
        }
        byField.put(Fields.SPELL, FOLDING);
        return Map.copyOf(byField);
    }

    private static CharArraySet foldedCopy(CharArraySet words) {
        CharArraySet folded = new CharArraySet(words.size() * 2, false);
        for (Object word : words) {
            String w = new String((char[]) word);
            folded.add(w);
            folded.add(Folding.fold(w));
        }
        return CharArraySet.unmodifiableSet(folded);
    }

    private abstract static class GappedAnalyzer extends Analyzer {
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return GAP_BETWEEN_VALUES;
        }
    }

    private static final class SpanishFolding extends GappedAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new ASCIIFoldingFilter(result);
            result = new StopFilter(result, SPANISH_STOP_WORDS);
            result = new SpanishLightStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class EnglishFolding extends GappedAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new ASCIIFoldingFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class FoldingOnly extends GappedAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
