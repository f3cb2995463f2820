package io.archivo.search.indexing;

import io.archivo.files.FileService;

import io.archivo.archive.catalogue.IndexableStudy;
import io.archivo.archive.catalogue.StudyCatalogue;
import io.archivo.archive.service.StudyChanged;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.service.ProcessService;
import io.archivo.search.index.LuceneIndex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
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
    /** Studies per index write (and refresh) when many changed at once. */
    static final int BATCH = 64;
    private static final int STRIPES = 64;
    private static final Object PENDING = StudyIndexer.class.getName() + ".pending";

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    /** Drafts waiting for the background task, in arrival order; guarded by itself. */
    private final Set<String> queued = new LinkedHashSet<>();
    private boolean draining;
    private final TransactionSynchronizationRegistry transactions;
    private volatile StartupState atStartup;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "archivo-indexer"));

    StudyIndexer(LuceneIndex index, StudyCatalogue catalogue, ProcessService processes, FileService dataFiles,
            TransactionSynchronizationRegistry transactions) {
        this.index = index;
        this.transactions = transactions;
        this.dataFiles = dataFiles;
        this.catalogue = catalogue;
        this.processes = processes;
        java.util.Arrays.setAll(locks, i -> new ReentrantLock());
    }

    /**
     * Changes are taken when they are fired and acted on once their transaction has committed, all of a
     * transaction's together: a bulk publication of 1,000 studies writes them to the index in a few batches, each
     * refreshed once, instead of 1,000 single writes each flushing a tiny segment that merges then have to undo.
     * A change fired outside a transaction is acted on at once; one whose transaction rolls back, never.
     */
    void onChange(@Observes StudyChanged change) {
        int status = status();
        if (status == Status.STATUS_NO_TRANSACTION) {
            committed(List.of(change));
        } else if (status == Status.STATUS_ACTIVE) {
            pendingInTransaction().add(change);
        }
        // any other status: the transaction is ending without committing, so nothing changed
    }

    private int status() {
        try {
            return transactions.getTransactionStatus();
        } catch (IllegalStateException e) {
            return Status.STATUS_NO_TRANSACTION;
        }
    }

    @SuppressWarnings("unchecked")
    private List<StudyChanged> pendingInTransaction() {
        List<StudyChanged> pending = (List<StudyChanged>) transactions.getResource(PENDING);
        if (pending == null) {
            List<StudyChanged> changes = new ArrayList<>();
            transactions.putResource(PENDING, changes);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        committed(changes);
                    }
                }
            });
            pending = changes;
        }
        return pending;
    }

    /**
     * Public changes are indexed before the request returns (searchable at once); new drafts, which only editors
     * search, are queued so that uploads do not wait for the index, and the queue is written in batches.
     */
    private void committed(List<StudyChanged> changes) {
        Set<String> publicNow = new LinkedHashSet<>();
        Set<String> drafts = new LinkedHashSet<>();
        for (StudyChanged change : changes) {
            (change.publicChange() ? publicNow : drafts).add(change.idno());
        }
        drafts.removeAll(publicNow);
        List<String> now = List.copyOf(publicNow);
        inBatches(now, this::reindexNow);
        if (!drafts.isEmpty()) {
            enqueue(drafts);
        }
    }

    private void enqueue(Collection<String> idnos) {
        synchronized (queued) {
            queued.addAll(idnos);
            if (!draining) {
                draining = true;
                background.submit(this::drainQueue);
            }
        }
    }

    /** The background task: indexes what is queued, up to {@link #BATCH} studies per write, until nothing is. */
    private void drainQueue() {
        while (true) {
            List<String> batch = new ArrayList<>(BATCH);
            synchronized (queued) {
                for (Iterator<String> it = queued.iterator(); it.hasNext() && batch.size() < BATCH;) {
                    batch.add(it.next());
                    it.remove();
                }
                if (batch.isEmpty()) {
                    draining = false;
                    return;
                }
            }
            reindexNow(batch);
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

    private void reindexNow(List<String> idnos) {
        try {
            reindex(idnos);
        } catch (RuntimeException e) {
            // the database change is committed; a passing fault (lock, I/O) gets one more try in the background,
            // study by study, so that one unreadable study cannot keep the others out
            LOG.warnf(e, "Could not index studies %s; retrying in the background", abbreviated(idnos));
            background.submit(() -> {
                for (String idno : idnos) {
                    try {
                        reindex(List.of(idno));
                    } catch (RuntimeException again) {
                        LOG.errorf(again, "Could not index study %s; start-up reconciliation or a reindex will "
                                + "repair it", idno);
                    }
                }
            });
        }
    }

    /** Hands {@code idnos} on in consecutive batches of at most {@link #BATCH}, in order. */
    private static void inBatches(List<String> idnos, java.util.function.Consumer<List<String>> each) {
        for (int from = 0; from < idnos.size(); from += BATCH) {
            each.accept(idnos.subList(from, Math.min(idnos.size(), from + BATCH)));
        }
    }

    private static String abbreviated(List<String> idnos) {
        return idnos.size() <= 5 ? idnos.toString() : idnos.subList(0, 5) + " and " + (idnos.size() - 5) + " more";
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
        List<String> stale = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, Long> e : current.entrySet()) {
            Long have = indexed.remove(e.getKey());
            if (e.getValue().equals(have)) {
                unchanged++;
            } else {
                stale.add(e.getKey());
            }
        }
        inBatches(stale, this::reindex);
        indexed.keySet().forEach(index::deleteStudy);
        index.commit();
        return new Reconciliation(stale.size(), indexed.size(), unchanged);
    }

    /** Rebuilds the whole index from the database, reporting each study done. */
    public int rebuild(IntConsumer totalKnown, Runnable studyDone) {
        List<String> idnos = QuarkusTransaction.requiringNew().call(catalogue::idnos);
        totalKnown.accept(idnos.size());
        index.deleteAll();
        inBatches(idnos, batch -> {
            reindex(batch);
            batch.forEach(idno -> studyDone.run());
        });
        index.commit();
        return idnos.size();
    }

    /**
     * Reads the studies' current state and writes it to the index in one batch (one refresh). Each study's stripe
     * lock is held from reading to writing, so that no older state of a study overwrites a newer one; stripes are
     * taken in ascending order, so two batches cannot deadlock.
     */
    private void reindex(List<String> idnos) {
        int[] stripes = idnos.stream().mapToInt(StudyIndexer::stripe).distinct().sorted().toArray();
        for (int i = 0; i < stripes.length; i++) {
            locks[stripes[i]].lock();
        }
        try {
            write(idnos);
        } finally {
            for (int i = stripes.length - 1; i >= 0; i--) {
                locks[stripes[i]].unlock();
            }
        }
    }

    private void write(List<String> idnos) {
        List<LuceneIndex.StudyBlock> blocks = new ArrayList<>(idnos.size());
        for (String idno : idnos) {
            // one read transaction per study: a batch's persistence context stays small
            Optional<LuceneIndex.StudyBlock> block = QuarkusTransaction.requiringNew()
                    .call(() -> catalogue.indexable(idno).map(this::block));
            if (block.isPresent()) {
                blocks.add(block.get());
            } else {
                index.deleteStudy(idno);
            }
        }
        if (!blocks.isEmpty()) {
            index.upsertStudies(blocks);
        }
    }

    private LuceneIndex.StudyBlock block(IndexableStudy study) {
        ProcessData process = study.processCode() == null ? null : processes.find(study.processCode()).orElse(null);
        return StudyDocumentFactory.block(study, process, dataFiles.publicSearchTerms(study.idno()));
    }

    private static int stripe(String idno) {
        return Math.floorMod(idno.hashCode(), STRIPES);
    }
}
