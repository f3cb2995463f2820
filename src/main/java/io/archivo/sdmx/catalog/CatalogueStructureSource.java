package io.archivo.sdmx.catalog;

import io.archivo.archive.catalogue.CatalogueState;
import io.archivo.archive.catalogue.StudyCatalogue;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.service.InventoryState;
import io.archivo.inventory.service.ProcessService;
import io.archivo.sdmx.mapping.AgencyInfo;
import io.archivo.sdmx.mapping.ProcessInfo;
import io.archivo.sdmx.mapping.ProcessInput;
import io.archivo.sdmx.mapping.StructureMapper;
import io.archivo.sdmx.model.SdmxArtefacts;
import io.archivo.sdmx.rest.SdmxStructureSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * The SDMX structures of the catalogue: one dataflow per process of the inventory, with data structures derived
 * from each process's latest published public study. Mapping is cached and redone only when the inventory, the
 * studies or the designations have changed (a cheap fingerprint query tells). The fingerprint itself is read again
 * only when {@link CatalogueChanges} says so (a change event, or a second gone): read on every request, its four
 * queries were most of a small data query's statements (SdmxDataBenchmark).
 * <p>
 * Anonymous and authenticated harvesters get the same set: it is built from public content only.
 */
@ApplicationScoped
public class CatalogueStructureSource implements SdmxStructureSource {

    private final EntityManager em;
    private final ProcessService processes;
    private final PublishedStudyReader studies;
    private final StudyCatalogue catalogue;
    private final StructureMapper mapper;
    private volatile Snapshot snapshot;
    private final CatalogueChanges changes;
    /**
     * One check of the fingerprint at a time. After a change of this service the others wait for its result; when
     * the snapshot is only old they keep using it meanwhile.
     */
    private final java.util.concurrent.locks.ReentrantLock checking = new java.util.concurrent.locks.ReentrantLock();

    private final io.archivo.geo.GeoAreaService geo;

    CatalogueStructureSource(EntityManager em, ProcessService processes, PublishedStudyReader studies,
            StudyCatalogue catalogue, SdmxConfig config, io.archivo.geo.GeoAreaService geo, CatalogueChanges changes) {
        this.catalogue = catalogue;
        this.changes = changes;
        this.geo = geo;
        this.em = em;
        this.processes = processes;
        this.studies = studies;
        this.mapper = new StructureMapper(new AgencyInfo(config.agencyId(), config.agencyName()));
    }

    /** The mapped structures, with the stamp under which their fingerprint was last read. */
    private record Snapshot(String fingerprint, Instant lastModified, SdmxArtefacts artefacts,
            CatalogueChanges.Stamp checked) {
    }

    @Override
    public Structures structures(boolean anonymousCaller) {
        Snapshot s = current();
        return new Structures(s.artefacts(), s.lastModified());
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && changes.fresh(s.checked())) {
            return s;
        }
        if (s != null && !changes.changedSince(s.checked())) {
            // only old: one request checks, the others go on with the snapshot rather than queue behind the check
            if (!checking.tryLock()) {
                return s;
            }
        } else {
            checking.lock();
        }
        try {
            s = snapshot;
            if (s != null && changes.fresh(s.checked())) {
                return s; // checked by another request meanwhile
            }
            CatalogueChanges.Stamp stamp = changes.stamp();
            Snapshot previous = s;
            s = QuarkusTransaction.requiringNew().call(() -> {
                String fingerprint = java.util.Arrays.toString(fingerprint());
                if (previous != null && previous.fingerprint().equals(fingerprint)) {
                    return new Snapshot(fingerprint, previous.lastModified(), previous.artefacts(), stamp);
                }
                SdmxArtefacts artefacts = mapper.map(inputs(), geo.versions());
                return new Snapshot(fingerprint, lastModified(previous, artefacts), artefacts, stamp);
            });
            snapshot = s;
            return s;
        } finally {
            checking.unlock();
        }
    }

    /** Counts and latest change times of everything the structures derive from. */
    private Object[] fingerprint() {
        InventoryState processState = processes.state();
        CatalogueState studyState = catalogue.state();
        Object[] designationState = em.createQuery("select count(d), max(d.updatedAt) from SdmxDesignation d", Object[].class)
                .getSingleResult();
        var frame = geo.current();
        return new Object[] { processState.processes(), processState.lastChange(), studyState.studies(),
                studyState.revisionSum(), studyState.lastChange(), designationState[0], designationState[1], frame.version(), frame.publishedAt() };
    }

    /**
     * Last-Modified moves only when the public structures change. The fingerprint also moves for changes nobody
     * outside may see (a hidden draft, a classified study): then the structures are equal and the previous time
     * stays, so a conditional request still gets its 304. A change is stamped when it is first seen, always after
     * the previous time; after a start, the first mapping is stamped then too (no stored time can say when the
     * public view last changed without counting hidden changes; the ETag, derived from the content, stays stable).
     */
    private static Instant lastModified(Snapshot previous, SdmxArtefacts artefacts) {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (previous == null) {
            return now;
        }
        if (previous.artefacts().all().equals(artefacts.all())) {
            return previous.lastModified();
        }
        return now.isAfter(previous.lastModified()) ? now : previous.lastModified().plusSeconds(1);
    }

    private List<ProcessInput> inputs() {
        return processes.all().stream().map(this::input).toList();
    }

    private ProcessInput input(ProcessData p) {
        ProcessInfo info = new ProcessInfo(p.code(), p.name(), p.purpose(), null, p.thematicArea(),
                p.department() == null ? null : p.department().label());
        var designation = em.find(SdmxDesignation.class, p.code());
        return new ProcessInput(info, studies.latestPublished(p.code()).orElse(null),
                designation == null ? null : designation.toDesignation());
    }
}
