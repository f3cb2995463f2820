package io.archivo.sdmx.catalog;

import io.archivo.archive.service.StudyChanged;
import io.archivo.geo.FrameChanged;
import io.archivo.inventory.service.ProcessChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When what the SDMX side keeps from the catalogue (the mapped structures, a process's access facts) must be read
 * again: after a committed change of this service to a process, a study, Cali's frame or a designation, or a second
 * after it was read, for changes made elsewhere (another instance on the same database). Read on every request,
 * those reads were most of a small data query's statements (SdmxDataBenchmark).
 */
@ApplicationScoped
public class CatalogueChanges {

    /** How long something read is trusted without a change event. */
    static final long TRUST_NANOS = 1_000_000_000L;

    private final AtomicLong count = new AtomicLong();

    /** When something is read: take the stamp before reading, so that a change during the read leaves it stale. */
    public record Stamp(long changes, long at) {
    }

    public Stamp stamp() {
        return new Stamp(count.get(), System.nanoTime());
    }

    /** Whether what was read under this stamp may still be used. */
    public boolean fresh(Stamp stamp) {
        return stamp.changes() == count.get() && System.nanoTime() - stamp.at() < TRUST_NANOS;
    }

    /**
     * Whether this service changed the catalogue since the stamp. When it did not, what was read is only old (a
     * change elsewhere is possible, not known): one request reads again while the others keep using it, instead of
     * all of them waiting for, or repeating, the read once a second (a tail of the 16-client data query,
     * SdmxDataBenchmark). After a change here everyone waits for the new read, so a change is seen at once.
     */
    public boolean changedSince(Stamp stamp) {
        return stamp.changes() != count.get();
    }

    void onProcessChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProcessChanged change) {
        count.incrementAndGet();
    }

    void onStudyChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) StudyChanged change) {
        count.incrementAndGet();
    }

    void onFrameChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) FrameChanged change) {
        count.incrementAndGet();
    }

    void onDesignationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SdmxDesignationChanged change) {
        count.incrementAndGet();
    }
}
