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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The SDMX structures of the catalogue: one dataflow per process of the inventory, with data structures derived
 * from each process's latest published public study. Mapping is cached and redone only when the inventory, the
 * studies or the designations have changed (a cheap fingerprint query tells).
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

    private final io.archivo.geo.GeoAreaService geo;

    CatalogueStructureSource(EntityManager em, ProcessService processes, PublishedStudyReader studies,
            StudyCatalogue catalogue, SdmxConfig config, io.archivo.geo.GeoAreaService geo) {
        this.catalogue = catalogue;
        this.geo = geo;
        this.em = em;
        this.processes = processes;
        this.studies = studies;
        this.mapper = new StructureMapper(new AgencyInfo(config.agencyId(), config.agencyName()));
    }

    private record Snapshot(String fingerprint, Instant lastModified, SdmxArtefacts artefacts) {
    }

    @Override
    public Structures structures(boolean anonymousCaller) {
        Snapshot s = current();
        return new Structures(s.artefacts(), s.lastModified());
    }

    private Snapshot current() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] state = fingerprint();
            String fingerprint = java.util.Arrays.toString(state);
            Snapshot s = snapshot;
            if (s == null || !s.fingerprint().equals(fingerprint)) {
                s = new Snapshot(fingerprint, latest(state), mapper.map(inputs(), geo.versions()));
                snapshot = s;
            }
            return s;
        });
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

    private static Instant latest(Object[] state) {
        return java.util.Arrays.stream(state).map(CatalogueStructureSource::instantOf).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private static Instant instantOf(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return null;
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
