package io.archivo.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.BytesRef;

/**
 * The text fields of one block (a study and its variables), each distinct text analysed once per analysis and its
 * tokens replayed into every field that indexes it that way. A study's texts recur: each value goes to its family's
 * field, the {@code .exact} field and {@link Fields#SPELL} (the last two the same analysis), its variables' names,
 * labels and questions again to the study, its title to each variable, and category labels repeat ("Sí", "No"):
 * analysing each occurrence was about a third of the CPU of indexing a study of 100 variables.
 * <p>
 * The index is the same as when each field value is analysed on its own: terms, position increments and offsets are
 * replayed as recorded, and so is the end of the stream (trailing position increment, final offset); the writer
 * still adds its gap between two values of a field. Not thread safe: one per block, built by one thread.
 */
final class BlockAnalysis {

    /**
     * The spelling dictionary needs its words and which documents hold them ({@code SpellingSuggester}: document
     * frequencies and a filtered count), never positions, frequencies or norms: indexing only documents leaves out
     * a third of the positions a study's text produced.
     */
    static final FieldType SPELLING = spellingType();

    private final Map<Analyzer, Map<String, Tokens>> recorded = new IdentityHashMap<>();

    /** An indexed, unstored text field (as {@link TextField}) holding {@code text} analysed as {@code field} is. */
    Field field(String field, String text) {
        return new ReplayedField(field, text, tokens(field, text), TextField.TYPE_NOT_STORED);
    }

    /** {@code text} for the spelling dictionary ({@link Fields#SPELL}). */
    Field spelling(String text) {
        return new ReplayedField(Fields.SPELL, text, tokens(Fields.SPELL, text), SPELLING);
    }

    private Tokens tokens(String field, String text) {
        Analyzer analyzer = Analyzers.forTextField(field);
        return recorded.computeIfAbsent(analyzer, a -> new HashMap<>())
                .computeIfAbsent(text, t -> Tokens.record(analyzer, field, t));
    }

    private static FieldType spellingType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /**
     * One text's tokens under one analysis: term bytes, and per token the end of its term, its position increment and
     * its offsets (four ints in one array); then the stream's end.
     */
    private static final class Tokens {
        private static final int STRIDE = 4;

        private byte[] terms;
        private int[] data;
        private int count;
        private int finalIncrement;
        private int finalOffset;

        private Tokens(int length) {
            // the terms are at most about as long as the text; Spanish words with their space average six characters
            terms = new byte[length + 8];
            data = new int[STRIDE * (length / 6 + 2)];
        }

        static Tokens record(Analyzer analyzer, String field, String text) {
            Tokens out = new Tokens(text.length());
            try (TokenStream stream = analyzer.tokenStream(field, text)) {
                TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    out.add(term.getBytesRef(), increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
                }
                stream.end();
                out.finalIncrement = increment.getPositionIncrement();
                out.finalOffset = offset.endOffset();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot analyse text for " + field, e); // a String never fails to read
            }
            return out;
        }

        private int termStart(int token) {
            return token == 0 ? 0 : data[STRIDE * (token - 1)];
        }

        private void add(BytesRef term, int increment, int start, int end) {
            int at = STRIDE * count;
            if (at == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            int from = termStart(count);
            if (from + term.length > terms.length) {
                terms = Arrays.copyOf(terms, Math.max(terms.length * 2, from + term.length));
            }
            System.arraycopy(term.bytes, term.offset, terms, from, term.length);
            data[at] = from + term.length;
            data[at + 1] = increment;
            data[at + 2] = start;
            data[at + 3] = end;
            count++;
        }
    }

    /** A text field whose tokens come from a recording instead of its analyzer; its value is the text analysed. */
    private static final class ReplayedField extends Field {
        private final Tokens tokens;

        ReplayedField(String name, String text, Tokens tokens, FieldType type) {
            super(name, text, type);
            this.tokens = tokens;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            // the writer hands back the stream it used last for this field name: one per field and writer thread
            Replay replay = reuse instanceof Replay r ? r : new Replay();
            replay.tokens = tokens;
            return replay;
        }
    }

    private static final class Replay extends TokenStream {
        // one implementation per attribute: the packed default would claim the term attribute before this one
        private final BytesTermAttribute term;
        private final PositionIncrementAttribute increment;
        private final OffsetAttribute offset;
        private final BytesRef current = new BytesRef();
        private Tokens tokens;
        private int next;

        Replay() {
            super(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY);
            term = addAttribute(BytesTermAttribute.class);
            increment = addAttribute(PositionIncrementAttribute.class);
            offset = addAttribute(OffsetAttribute.class);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next == tokens.count) {
                return false;
            }
            // no clearAttributes(): every attribute of this stream is set below, and the one the writer adds (term
            // frequency) keeps its default of 1; clearing walked all of them for each token of each field
            int at = Tokens.STRIDE * next;
            current.bytes = tokens.terms;
            current.offset = tokens.termStart(next);
            current.length = tokens.data[at] - current.offset;
            term.setBytesRef(current);
            increment.setPositionIncrement(tokens.data[at + 1]);
            offset.setOffset(tokens.data[at + 2], tokens.data[at + 3]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(tokens.finalIncrement);
            offset.setOffset(tokens.finalOffset, tokens.finalOffset);
        }
    }
}
