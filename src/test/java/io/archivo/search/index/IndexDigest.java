package io.archivo.search.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * A fingerprint of everything an index holds, field by field: options, every term with its postings (documents,
 * frequencies, positions), norms, doc values and stored fields. Two indexes of the same documents written in one
 * segment have the same lines exactly when a change to how documents are built left the index as it was.
 */
public final class IndexDigest {

    private IndexDigest() {
    }

    /** One line per field: name, options, term count and SHA-256 of its content. */
    public static List<String> of(Directory directory) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            out.add("segments " + reader.leaves().size() + ", documents " + reader.maxDoc());
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                List<FieldInfo> fields = new ArrayList<>();
                r.getFieldInfos().forEach(fields::add);
                fields.sort(Comparator.comparing(f -> f.name));
                for (FieldInfo field : fields) {
                    out.add(field(r, field));
                }
                out.add("stored fields " + stored(r));
            }
        }
        return out;
    }

    private static String field(LeafReader r, FieldInfo field) throws IOException {
        MessageDigest md = sha256();
        long terms = 0;
        if (field.getIndexOptions() != IndexOptions.NONE) {
            Terms t = r.terms(field.name);
            if (t != null) {
                TermsEnum te = t.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    terms++;
                    update(md, term);
                    postings = te.postings(postings, PostingsEnum.POSITIONS);
                    boolean positions = field.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        update(md, doc, postings.freq());
                        for (int i = 0; positions && i < postings.freq(); i++) {
                            update(md, postings.nextPosition());
                        }
                    }
                }
            }
            if (field.hasNorms()) {
                NumericDocValues norms = r.getNormValues(field.name);
                for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                    update(md, doc, (int) norms.longValue());
                }
            }
        }
        switch (field.getDocValuesType()) {
            case BINARY -> {
                BinaryDocValues dv = r.getBinaryDocValues(field.name);
                for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                    update(md, doc);
                    update(md, dv.binaryValue());
                }
            }
            case SORTED -> {
                SortedDocValues dv = r.getSortedDocValues(field.name);
                for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                    update(md, doc);
                    update(md, dv.lookupOrd(dv.ordValue()));
                }
            }
            case SORTED_SET -> {
                SortedSetDocValues dv = r.getSortedSetDocValues(field.name);
                for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                    update(md, doc);
                    for (int i = 0; i < dv.docValueCount(); i++) {
                        update(md, dv.lookupOrd(dv.nextOrd()));
                    }
                }
            }
            case NUMERIC -> {
                NumericDocValues dv = r.getNumericDocValues(field.name);
                for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                    update(md, doc, (int) dv.longValue());
                }
            }
            case SORTED_NUMERIC -> {
                SortedNumericDocValues dv = r.getSortedNumericDocValues(field.name);
                for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                    update(md, doc);
                    for (int i = 0; i < dv.docValueCount(); i++) {
                        update(md, (int) dv.nextValue());
                    }
                }
            }
            default -> {
            }
        }
        return String.format(Locale.ROOT, "%-28s %-40s norms=%-5s dv=%-10s points=%d terms=%,8d %s", field.name,
                field.getIndexOptions(), field.hasNorms(), field.getDocValuesType(), field.getPointDimensionCount(), terms,
                HexFormat.of().formatHex(md.digest()).substring(0, 16));
    }

    private static String stored(LeafReader r) throws IOException {
        MessageDigest md = sha256();
        StoredFields stored = r.storedFields();
        for (int doc = 0; doc < r.maxDoc(); doc++) {
            for (IndexableField f : stored.document(doc).getFields()) {
                md.update(f.name().getBytes(StandardCharsets.UTF_8));
                md.update(String.valueOf(f.stringValue() != null ? f.stringValue() : f.numericValue())
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    private static void update(MessageDigest md, BytesRef bytes) {
        update(md, bytes.length);
        md.update(bytes.bytes, bytes.offset, bytes.length);
    }

    private static void update(MessageDigest md, int... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length);
        for (int v : values) {
            b.putInt(v);
        }
        md.update(b.array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
