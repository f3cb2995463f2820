package io.archivo.search.indexing;

import io.archivo.files.FileService;

import io.archivo.archive.catalogue.IndexableStudy;
import io.archivo.archive.catalogue.StudyCatalogue;
import io.archivo.archive.service.StudyChanged;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.service.ProcessService;
import io.archivo.search.StudyDocument;
import io.archivo.search.VariableDocument;
import io.archivo.search.index.LuceneIndex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.jboss.logging.Logger;

/**
 * Keeps the search index a faithful copy of the database, which stays the source of truth: a study is re-indexed
 * as soon as a change to it commits, start-up repairs whatever a crash left behind, and a full rebuild is one call.
 * <p>
 * What is indexed: the published version of a published, non-withdrawn study (flagged published); otherwise the
 * latest version, flagged unpublished, which only editors can find.
 */
@ApplicationScoped
public class StudyIndexer {

    private static final Logger LOG = Logger.getLogger(StudyIndexer.class);

    private final LuceneIndex index;
    private final StudyCatalogue catalogue;
    private final ProcessService processes;
    private final FileService dataFiles;
    private final Object[] locks = new Object[64];
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private volatile StartupState atStartup;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "archivo-indexer"));

    StudyIndexer(LuceneIndex index, StudyCatalogue catalogue, ProcessService processes, FileService dataFiles) {
        this.index = index;
        this.dataFiles = dataFiles;
        this.catalogue = catalogue;
        this.processes = processes;
        java.util.Arrays.setAll(locks, i -> new Object());
    }

    /**
     * Public changes are indexed before the request returns (searchable at once); new drafts, which only editors
     * search, are queued so that uploads do not wait for the index.
     */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) StudyChanged change) {
        if (change.publicChange()) {
            reindexNow(change.idno());
        } else if (queued.add(change.idno())) {
            background.submit(() -> {
                queued.remove(change.idno());
                reindexNow(change.idno());
            });
        }
    }

    /** Waits until every queued draft has been indexed (for tests and orderly hand-overs). */
    void drain() {
        try {
            background.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        // what is still queued is picked up by start-up reconciliation (its revision is stale in the index)
        background.shutdownNow();
    }

    private void reindexNow(String idno) {
        try {
            QuarkusTransaction.requiringNew().run(() -> reindex(idno));
        } catch (RuntimeException e) {
            // the database change is committed; a passing fault (lock, I/O) gets one more try in the background
            LOG.warnf(e, "Could not index study %s; retrying in the background", idno);
            background.submit(() -> {
                try {
                    QuarkusTransaction.requiringNew().run(() -> reindex(idno));
                } catch (RuntimeException again) {
                    LOG.errorf(again, "Could not index study %s; start-up reconciliation or a reindex will repair it",
                            idno);
                }
            });
        }
    }

    /** Start-up: bring the index up to date with the database (before the demo seeding, priority 200). */
    void onStart(@Observes @Priority(100) StartupEvent event) {
        // decided before reconciling: an index of an older schema is emptied and rebuilt by it
        String how = !index.existedAtOpen() ? "created" : index.schemaIsCurrent() ? "opened" : "rebuilt";
        Reconciliation r = reconcile();
        atStartup = new StartupState(how, r);
        LOG.infof("Search index %s (schema %s), reconciled with the database: %d studies (re)indexed, %d removed, "
                + "%d up to date", how, LuceneIndex.SCHEMA_VERSION, r.indexed(), r.removed(), r.unchanged());
    }

    @Scheduled(every = "${archivo.index.commit-interval:30s}", delayed = "30s")
    void commitPeriodically() {
        index.commit();
    }

    public record Reconciliation(int indexed, int removed, int unchanged) {
    }

    /**
     * What start-up found: {@code index} is {@code opened} (the index on disk was reused), {@code created} (there
     * was none) or {@code rebuilt} (it had an older schema); {@code reconciliation} is what start-up repaired.
     */
    public record StartupState(String index, Reconciliation reconciliation) {
    }

    /** Null until start-up reconciliation has run. */
    public StartupState atStartup() {
        return atStartup;
    }

    /**
     * The index against the database now: studies the index lacks, holds at another revision, or holds although the
     * database does not have them (at most {@code examples} IDNos of each are named). Drafts still queued for
     * background indexing show as stale for a moment.
     */
    public Consistency consistency(int examples) {
        Map<String, Long> indexed = new HashMap<>(index.indexedStudyRevisions());
        Map<String, Long> current = QuarkusTransaction.requiringNew().call(catalogue::revisions);
        int inIndex = indexed.size();
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        int missingCount = 0;
        int staleCount = 0;
        for (Map.Entry<String, Long> e : current.entrySet()) {
            Long have = indexed.remove(e.getKey());
            if (have == null) {
                missingCount++;
                addExample(missing, e.getKey(), examples);
            } else if (!have.equals(e.getValue())) {
                staleCount++;
                addExample(stale, e.getKey(), examples);
            }
        }
        List<String> extra = indexed.keySet().stream().sorted().limit(examples).toList();
        return new Consistency(current.size(), inIndex, missingCount, staleCount, indexed.size(),
                missing.stream().sorted().toList(), stale.stream().sorted().toList(), extra);
    }

    public record Consistency(int studiesInDatabase, int studiesInIndex, int missing, int stale, int extra,
            List<String> missingExamples, List<String> staleExamples, List<String> extraExamples) {

        public boolean consistent() {
            return missing == 0 && stale == 0 && extra == 0;
        }
    }

    private static void addExample(List<String> examples, String idno, int max) {
        if (examples.size() < max) {
            examples.add(idno);
        }
    }

    /** Indexes what the index lacks or holds stale, removes what the database no longer has. */
    public Reconciliation reconcile() {
        if (!index.schemaIsCurrent()) {
            index.deleteAll();
        }
        Map<String, Long> indexed = new HashMap<>(index.indexedStudyRevisions());
        Map<String, Long> current = QuarkusTransaction.requiringNew().call(catalogue::revisions);
        int stale = 0;
        int unchanged = 0;
        for (Map.Entry<String, Long> e : current.entrySet()) {
            Long have = indexed.remove(e.getKey());
            if (e.getValue().equals(have)) {
                unchanged++;
            } else {
                QuarkusTransaction.requiringNew().run(() -> reindex(e.getKey()));
                stale++;
            }
        }
        indexed.keySet().forEach(index::deleteStudy);
        index.commit();
        return new Reconciliation(stale, indexed.size(), unchanged);
    }

    /** Rebuilds the whole index from the database, reporting each study done. */
    public int rebuild(IntConsumer totalKnown, Runnable studyDone) {
        List<String> idnos = QuarkusTransaction.requiringNew().call(catalogue::idnos);
        totalKnown.accept(idnos.size());
        index.deleteAll();
        for (String idno : idnos) {
            QuarkusTransaction.requiringNew().run(() -> reindex(idno));
            studyDone.run();
        }
        index.commit();
        return idnos.size();
    }

    /** Reads the study's current state and writes it to the index; one study at a time, so no older state wins. */
    private void reindex(String idno) {
        synchronized (locks[Math.floorMod(idno.hashCode(), locks.length)]) {
            write(idno);
        }
    }

    private void write(String idno) {
        IndexableStudy study = catalogue.indexable(idno).orElse(null);
        if (study == null) {
            index.deleteStudy(idno);
            return;
        }
        ProcessData process = study.processCode() == null ? null : processes.find(study.processCode()).orElse(null);
        StudyDocument doc = StudyDocumentFactory.study(study, process, dataFiles.publicSearchTerms(idno));
        List<VariableDocument> variables = study.variables().stream()
                .map(v -> {
                    VariableDocument vd = StudyDocumentFactory.variable(idno, v.variable());
                    return v.sensitive() ? vd.asSensitive() : vd;
                }).toList();
        index.upsertStudy(doc, variables);
    }
}
