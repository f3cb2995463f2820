package io.archivo.search.index;

import io.archivo.search.StudyDocument;
import io.archivo.search.VariableDocument;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Objects;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The catalogue index: one long-lived {@link IndexWriter} and a near-real-time {@link SearcherManager} over one
 * {@link Directory}. Thread safe. Writes become searchable when they return (each write refreshes before returning);
 * {@link #commit()} makes them durable. The database stays the source of truth: anything here can be rebuilt from it.
 */
public final class LuceneIndex implements Closeable {

    /**
     * Bumped whenever fields or analysis change in a way that needs a full rebuild. Written into each commit so
     * that start-up can tell an index built by an older release ({@link #schemaIsCurrent()}).
     */
    // 2: revision stamps for reconciliation; 3: year-range facet, effective classification (study and process) and
    // sensitive variables decide visibility (docs/access.md)
    // 4: variable text and place codes on the study document (docs/search.md, "Relevance")
    // 5: what hits show and their snippet text in one binary doc value ({@link HitRow}) instead of stored fields
    // 6: the spelling field indexes documents only (no frequencies, positions or norms: {@link BlockAnalysis#SPELLING});
    // a study's document no longer holds the text of its sensitive variables ({@link StudyFieldContributors})
    // 7: sorted by kind, studies before variables in every segment ({@link #KIND_SORT})
    // 8: every document has a norm in the fields variable searches score ({@link DenseNorms})
    // 9: variables sorted by their label after the studies ({@link #KIND_SORT})
    public static final String SCHEMA_VERSION = "9";
    private static final String SCHEMA_KEY = "archivo.search.schema";
    /**
     * Each segment holds its studies first and its variables after them. Mixed, a study field's norms and postings
     * were spread thinly over a million variable documents (Lucene's sparse norms, read through a block index per
     * scored match); grouped, a study search reads one dense run and costs about a fifth less (docs/search.md).
     * The variables follow by label ({@link Fields#VARIABLE_ORDER}): the "Comuna" variables of ten thousand surveys are
     * then neighbours, so a block of postings holds alike documents, its best possible score is close to what they
     * score, and Lucene skips the blocks that cannot reach the page; in study order every block held one of each and
     * none could be skipped ("comuna 15": 36,619 variables scored for a page of 20; 2,258 now). The studies keep the
     * order they were written in (they have no such key), and with it how their score ties are broken.
     */
    private static final Sort KIND_SORT = new Sort(new SortField(Fields.KIND_ORDER, SortField.Type.LONG),
            new SortField(Fields.VARIABLE_ORDER, SortField.Type.STRING));

    private final Directory directory;
    private final boolean ownsDirectory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String committedSchema;
    private final boolean existed;
    /** When the last write happened ({@link System#nanoTime()}), for {@link #mergeIfQuiet}. */
    private volatile long lastWrite = System.nanoTime();
    private final AtomicBoolean merging = new AtomicBoolean();
    private volatile boolean emptiedSinceOpen;

    private LuceneIndex(Directory directory, boolean ownsDirectory) throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.existed = DirectoryReader.indexExists(directory);
        this.committedSchema = existed
                ? SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY)
                : SCHEMA_VERSION;
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                // an index of an older schema is rebuilt anyway, and may be sorted otherwise (Lucene cannot re-sort)
                .setOpenMode(existed && !SCHEMA_VERSION.equals(committedSchema) ? IndexWriterConfig.OpenMode.CREATE
                        : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // every write refreshes; by default (500 ms) each refresh would also wait for merges of the tiny
                // segments it flushes, so one upsert took up to half a second and a rebuild ran at ~20 studies/s.
                // Merges still run, in the background.
                .setMaxFullFlushMergeWaitMillis(0)
                .setIndexSort(KIND_SORT);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens (or creates) the index in a directory the caller keeps owning, e.g. a {@code ByteBuffersDirectory}. */
    public static LuceneIndex open(Directory directory) {
        try {
            return new LuceneIndex(directory, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    /** Opens (or creates) the index in a folder on disk; closing the index closes the folder too. */
    public static LuceneIndex open(Path path) {
        Directory directory = null;
        try {
            directory = FSDirectory.open(path);
            return new LuceneIndex(directory, true);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory, e);
            throw e instanceof IOException io ? new UncheckedIOException("cannot open the search index at " + path, io)
                    : (RuntimeException) e;
        }
    }

    /**
     * False when the index on disk was built by an older schema and has not been emptied since it was opened: the
     * caller should {@link #deleteAll()} and reindex. Once emptied, everything in it is of the current schema (a later
     * reconciliation must not empty it again).
     */
    public boolean schemaIsCurrent() {
        return emptiedSinceOpen || SCHEMA_VERSION.equals(committedSchema);
    }

    /** True when the directory already held a committed index when it was opened (false: created empty). */
    public boolean existedAtOpen() {
        return existed;
    }

    public Analyzer analyzer() {
        return Analyzers.perField();
    }

    public FacetsConfig facetsConfig() {
        return FacetFields.config();
    }

    /**
     * Replaces the study and all its variables in one atomic block: a searcher sees either the old version with its
     * old variables or the new one with the new variables, never a mix. Searchable when the call returns.
     */
    public void upsertStudy(StudyDocument study, List<VariableDocument> variables) {
        checkOwnership(study, variables);
        write(() -> writer.updateDocuments(studyTerm(study.studyId()), luceneBlock(study, variables)));
    }

    private static void checkOwnership(StudyDocument study, List<VariableDocument> variables) {
        Objects.requireNonNull(study, "study");
        for (VariableDocument variable : variables == null ? List.<VariableDocument>of() : variables) {
            if (!study.studyId().equals(variable.studyId())) {
                throw new IllegalArgumentException("variable " + variable.variableId() + " belongs to study "
                        + variable.studyId() + ", not " + study.studyId());
            }
        }
    }

    static List<Document> luceneBlock(StudyDocument study, List<VariableDocument> variables) throws IOException {
        List<VariableDocument> ofStudy = variables == null ? List.of() : variables;
        List<Document> block = new ArrayList<>(ofStudy.size() + 1);
        BlockAnalysis analysis = new BlockAnalysis();
        org.apache.lucene.document.Document studyDoc = StudyDocuments.toLucene(study, analysis);
        StudyFieldContributors.contribute(studyDoc, study, ofStudy, analysis);
        block.add(studyDoc);
        for (VariableDocument variable : ofStudy) {
            block.add(VariableDocuments.toLucene(variable, study, analysis));
        }
        return block;
    }

    /** A study and its variables, for {@link #upsertStudies(List)}. */
    public record StudyBlock(StudyDocument study, List<VariableDocument> variables) {
    }

    /**
     * Bulk form of {@link #upsertStudy} for rebuilds and loads: each study (with its variables) is still replaced
     * atomically, but the searcher is refreshed once at the end instead of once per study. All of them are
     * searchable when the call returns.
     */
    public void upsertStudies(List<StudyBlock> blocks) {
        Objects.requireNonNull(blocks, "blocks");
        for (StudyBlock block : blocks) {
            checkOwnership(block.study(), block.variables());
        }
        write(() -> {
            for (StudyBlock block : blocks) {
                writer.updateDocuments(studyTerm(block.study().studyId()), luceneBlock(block.study(), block.variables()));
            }
        });
    }

    /** Removes a study and all its variables (withdrawal, deletion). Unknown ids are fine. */
    public void deleteStudy(String studyId) {
        Objects.requireNonNull(studyId, "studyId");
        write(() -> writer.deleteDocuments(studyTerm(studyId)));
    }

    /** Empties the index, e.g. before a full rebuild. */
    public void deleteAll() {
        write(writer::deleteAll);
        emptiedSinceOpen = true;
    }

    /** Makes every write so far visible to new searches; blocks until done. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the search index", e);
        }
    }

    /** Makes every write so far durable (survives a restart). */
    public void commit() {
        try {
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    /** Segments the current searcher reads. */
    public int segmentCount() {
        return withSearcher(searcher -> searcher.getIndexReader().leaves().size());
    }

    /** True while {@link #mergeIfQuiet} is merging. */
    public boolean merging() {
        return merging.get();
    }

    /**
     * Merges the index down to {@code maxSegments} segments when nothing was written for {@code quiet} and it has
     * more; blocks until done, then makes the merged index visible and durable. A search pays per segment (term
     * lookups, postings readers, scorers: at 10,000 studies and 1,000,000 variables in 20 segments a query allocated
     * 1.5 MB, in one segment 0.3 MB), and a bulk load leaves tens of them, which the merge policy keeps. Searches
     * and writes go on meanwhile, on the segments as they were. Returns false when it had nothing to do or another
     * merge was running.
     */
    public boolean mergeIfQuiet(Duration quiet, int maxSegments) {
        if (System.nanoTime() - lastWrite < quiet.toNanos() || segmentCount() <= maxSegments
                || !merging.compareAndSet(false, true)) {
            return false;
        }
        try {
            writer.forceMerge(maxSegments, true);
            refresh();
            commit();
            return true;
        } catch (AlreadyClosedException | MergePolicy.MergeAbortedException closing) {
            return false; // the index was closed meanwhile (shutdown): nothing lost, the merge is simply not done
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the search index", e);
        } finally {
            merging.set(false);
        }
    }

    /** studyId → indexed revision (the database's change counter), for reconciling with the database at start-up. */
    public Map<String, Long> indexedStudyRevisions() {
        return withSearcher(searcher -> {
            TermQuery studies = new TermQuery(new Term(Fields.KIND, Fields.KIND_STUDY));
            int max = Math.max(1, searcher.getIndexReader().maxDoc());
            TopDocs all = searcher.search(studies, max);
            StoredFields stored = searcher.storedFields();
            Map<String, Long> revisions = new HashMap<>();
            for (ScoreDoc hit : all.scoreDocs) {
                Document doc = stored.document(hit.doc);
                revisions.put(doc.get(Fields.STUDY_ID), doc.getField(Fields.REVISION).numericValue().longValue());
            }
            return revisions;
        });
    }

    /** Runs {@code action} with a current searcher, releasing it afterwards. The only way search code reads the index. */
    public <T> T withSearcher(SearcherAction<T> action) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot acquire a searcher", e);
        }
        try {
            return action.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("search index read failed", e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                // releasing only decrements a reference count; a failure here must not hide the search result
            }
        }
    }

    /** Commits pending changes and releases the writer, the searchers and, when it opened it, the directory. */
    @Override
    public void close() {
        try {
            commit();
            searchers.close();
            if (merging.get()) {
                // close() would wait for the idle merge (minutes on a large index); everything is committed, so
                // rolling back only abandons the merge, which the next quiet period after start-up does again
                writer.rollback();
            } else {
                writer.close();
            }
            if (ownsDirectory) {
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }

    private static void closeQuietly(Directory directory, Exception cause) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException suppressed) {
                cause.addSuppressed(suppressed);
            }
        }
    }

    private static Term studyTerm(String studyId) {
        return new Term(Fields.STUDY_ID, studyId);
    }

    private void write(IndexWrite change) {
        lastWrite = System.nanoTime();
        try {
            change.run();
        } catch (IOException e) {
            throw new UncheckedIOException("search index write failed", e);
        }
        refresh();
    }

    @FunctionalInterface
    private interface IndexWrite {
        void run() throws IOException;
    }
}
