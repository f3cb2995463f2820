package io.archivo.sdmx.data;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.service.ProcessService;
import io.archivo.inventory.service.PublishedStudies;
import io.archivo.sdmx.mapping.StructureMapper;
import io.archivo.sdmx.model.ArtefactRef;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.Codelist;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.DataStructure;
import io.archivo.sdmx.model.Dataflow;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.MaintainableArtefact;
import io.archivo.sdmx.model.Representation;
import io.archivo.sdmx.model.SdmxArtefacts;
import io.archivo.sdmx.model.TypedRef;
import io.archivo.sdmx.catalog.CatalogueChanges;
import io.archivo.sdmx.rest.SdmxStructureSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data side's view of the catalogue: which dataflow belongs to which process, the structure its data follow,
 * and whether a caller may read it ({@link AccessPolicy#canSeeData}). Reads the structures through
 * {@link SdmxStructureSource} and the inventory through its services.
 */
@ApplicationScoped
public class DataflowCatalog {

    private final SdmxStructureSource structures;
    private final ProcessService processes;
    private final PublishedStudies studies;
    private final CatalogueChanges changes;

    DataflowCatalog(SdmxStructureSource structures, ProcessService processes, PublishedStudies studies,
            CatalogueChanges changes) {
        this.changes = changes;
        this.structures = structures;
        this.processes = processes;
        this.studies = studies;
    }

    /** A dataflow's process with what access depends on. */
    public record FlowProcess(String code, String department, String classification, boolean hasStudies,
            boolean hasPublicStudy) {
        public boolean readableBy(Caller caller) {
            return AccessPolicy.canSeeData(caller, department, classification, hasStudies, hasPublicStudy);
        }

        public boolean draftsReadableBy(Caller caller) {
            return AccessPolicy.canSeeDataDrafts(caller, department);
        }
    }

    /** The structures' last change, for Last-Modified of data answers. */
    public Instant structuresModified() {
        return structures.structures(true).lastModified();
    }

    /** The dataflow id of a process (404 problem when the process does not exist). */
    public String dataflowId(String processCode) {
        ProcessData p = processes.get(processCode);
        return StructureMapper.dataflowIds(allCodes()).get(p.code());
    }

    /**
     * The process's access facts (not a decision: {@link FlowProcess#readableBy} decides per caller). Kept, as a
     * data request read them with three queries, twice over: read again when {@link CatalogueChanges} says so.
     */
    public FlowProcess process(String processCode) {
        KeptFacts kept = facts.get(processCode);
        if (kept != null && changes.fresh(kept.read())) {
            return kept.process();
        }
        if (kept != null && !changes.changedSince(kept.read()) && !kept.rereading().compareAndSet(false, true)) {
            return kept.process(); // only old, and another request is reading them again
        }
        CatalogueChanges.Stamp stamp = changes.stamp();
        FlowProcess read;
        try {
            ProcessData p = processes.get(processCode);
            read = new FlowProcess(p.code(), p.department() == null ? null : p.department().code(),
                    p.classification() == null ? AccessPolicy.PUBLICA : p.classification().code(),
                    studies.hasStudies(p.code()), studies.processCodesWithPublishedStudy().contains(p.code()));
        } catch (RuntimeException e) {
            if (kept != null) {
                facts.remove(processCode, kept); // gone (or unreadable): nobody may keep using the old facts
            }
            throw e;
        }
        if (facts.size() >= MAX_FACTS) {
            facts.clear(); // bounded: the inventory has about a hundred processes, so this is a safety net
        }
        facts.put(processCode, new KeptFacts(read, stamp, new java.util.concurrent.atomic.AtomicBoolean()));
        return read;
    }

    /** At most this many processes' facts are kept. */
    static final int MAX_FACTS = 1_000;

    /** {@code rereading}: one request has taken it on to read them again (the others keep these meanwhile). */
    private record KeptFacts(FlowProcess process, CatalogueChanges.Stamp read,
            java.util.concurrent.atomic.AtomicBoolean rereading) {
    }

    private final java.util.concurrent.ConcurrentHashMap<String, KeptFacts> facts = new java.util.concurrent.ConcurrentHashMap<>();

    /** The process code of a dataflow id, if any. */
    public Optional<String> processOf(String dataflowId) {
        return StructureMapper.dataflowIds(allCodes()).entrySet().stream()
                .filter(e -> e.getValue().equals(dataflowId)).map(Map.Entry::getKey).findFirst();
    }

    /**
     * The dataflows matching an agency, id and version ({@code all}/{@code *}/null = any; {@code latest}/
     * {@code ~}/{@code +} = the newest), with their structures.
     */
    public List<DataflowStructure> find(String agency, String id, String version) {
        SdmxArtefacts set = structures.structures(true).artefacts();
        FlowIndex index = index(set);
        Map<String, String> processByFlow = index.processByFlow();
        List<MaintainableArtefact> flows = set.ofType(ArtefactType.DATAFLOW).stream()
                .filter(d -> any(agency) || d.ref().agency().equals(agency))
                .filter(d -> any(id) || d.ref().id().equals(id))
                .filter(d -> any(version) || latest(version) || versionEquals(d.ref().version(), version))
                .toList();
        if (latest(version)) {
            flows = SdmxArtefacts.latestOnly(flows);
        }
        return flows.stream().map(d -> (Dataflow) d).filter(d -> processByFlow.containsKey(d.ref().id()))
                .map(d -> index.structures().computeIfAbsent(d.ref().toString(),
                        r -> structure(set, d, processByFlow.get(d.ref().id()))))
                .flatMap(Optional::stream).toList();
    }

    /**
     * What {@link #find} derives from one set of structures: the process of each dataflow and the structures built
     * so far. The source hands out a new set whenever the inventory, the studies or the designations change (its
     * fingerprint covers the processes), so the index lives exactly as long as its set; without it every data
     * query listed all processes and rebuilt the code lists (about half its CPU time, SdmxDataBenchmark).
     */
    private record FlowIndex(SdmxArtefacts set, Map<String, String> processByFlow,
            Map<String, Optional<DataflowStructure>> structures) {
    }

    private volatile FlowIndex index;

    private FlowIndex index(SdmxArtefacts set) {
        FlowIndex i = index;
        if (i == null || i.set() != set) {
            Map<String, String> processByFlow = new HashMap<>();
            StructureMapper.dataflowIds(allCodes()).forEach((code, df) -> processByFlow.put(df, code));
            i = new FlowIndex(set, Map.copyOf(processByFlow), new java.util.concurrent.ConcurrentHashMap<>());
            index = i;
        }
        return i;
    }

    public Optional<DataflowStructure> forProcess(String processCode) {
        String df = dataflowId(processCode);
        return find(null, df, "latest").stream().findFirst();
    }

    private static boolean any(String s) {
        return s == null || s.isBlank() || s.equals("all") || s.equals("*");
    }

    private static boolean latest(String v) {
        return v != null && (v.equals("latest") || v.equals("~") || v.equals("+"));
    }

    private static boolean versionEquals(String a, String b) {
        return ArtefactRef.compareVersions(a, b) == 0;
    }

    private static Optional<DataflowStructure> structure(SdmxArtefacts set, Dataflow df, String processCode) {
        Optional<MaintainableArtefact> dsd = set.find(new TypedRef(ArtefactType.DATA_STRUCTURE, df.structure()));
        if (dsd.isEmpty()) {
            return Optional.empty();
        }
        DataStructure s = (DataStructure) dsd.get();
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        for (Dimension d : s.dimensions()) {
            enumerate(set, d.id(), d.representation(), codes, names);
        }
        for (DataAttribute a : s.attributes()) {
            enumerate(set, a.id(), a.representation(), codes, names);
        }
        Map<String, String> componentNames = new HashMap<>();
        for (Dimension d : s.dimensions()) {
            conceptName(set, d.concept()).ifPresent(n -> componentNames.put(d.id(), n));
        }
        conceptName(set, s.timeDimension().concept()).ifPresent(n -> componentNames.put(s.timeDimension().id(), n));
        conceptName(set, s.measure().concept()).ifPresent(n -> componentNames.put(s.measure().id(), n));
        for (DataAttribute a : s.attributes()) {
            conceptName(set, a.concept()).ifPresent(n -> componentNames.put(a.id(), n));
        }
        return Optional.of(new DataflowStructure(df.ref(), processCode, s, codes, names, componentNames));
    }

    /** A component's concept name (Spanish, else first), for SDMX-CSV's {@code labels=both} header. */
    private static Optional<String> conceptName(SdmxArtefacts set, io.archivo.sdmx.model.ConceptRef ref) {
        return set.find(new TypedRef(ArtefactType.CONCEPT_SCHEME, ref.scheme()))
                .map(c -> (io.archivo.sdmx.model.ConceptScheme) c)
                .flatMap(cs -> cs.concepts().stream().filter(c -> c.id().equals(ref.conceptId())).findFirst())
                .map(c -> c.name().preferred("es")).filter(n -> n != null && !n.isBlank());
    }

    private static void enumerate(SdmxArtefacts set, String component, Representation r,
            Map<String, Set<String>> codes, Map<String, Map<String, String>> names) {
        if (!r.isEnumerated()) {
            return;
        }
        set.find(new TypedRef(ArtefactType.CODELIST, r.codelist())).map(c -> (Codelist) c).ifPresent(cl -> {
            Set<String> ids = new LinkedHashSet<>();
            Map<String, String> n = new HashMap<>();
            cl.codes().forEach(c -> {
                ids.add(c.id());
                n.put(c.id(), c.name().preferred("es"));
            });
            codes.put(component, ids);
            names.put(component, n);
        });
    }

    private List<String> allCodes() {
        return processes.all().stream().map(ProcessData::code).toList();
    }
}
