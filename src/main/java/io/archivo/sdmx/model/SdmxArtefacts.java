package io.archivo.sdmx.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A complete, immutable set of maintainable artefacts (what the service can publish at one moment), with lookups
 * by type, agency, id and version. Artefacts keep a stable order: by type, then agency, id and version.
 */
public final class SdmxArtefacts {

    private static final Comparator<MaintainableArtefact> ORDER =
            Comparator.comparing(MaintainableArtefact::type).thenComparing(MaintainableArtefact::ref);

    private final List<MaintainableArtefact> all;
    private final Map<TypedRef, MaintainableArtefact> byRef;

    private SdmxArtefacts(List<MaintainableArtefact> artefacts) {
        Map<TypedRef, MaintainableArtefact> map = new LinkedHashMap<>();
        for (MaintainableArtefact a : artefacts) {
            if (map.putIfAbsent(a.typedRef(), a) != null) {
                throw new IllegalArgumentException("Duplicate artefact " + a.type() + " " + a.ref());
            }
        }
        this.all = artefacts.stream().sorted(ORDER).toList();
        this.byRef = Map.copyOf(map);
    }

    public static SdmxArtefacts of(List<? extends MaintainableArtefact> artefacts) {
        return new SdmxArtefacts(new ArrayList<>(artefacts));
    }

    public static SdmxArtefacts empty() {
        return of(List.of());
    }

    public List<MaintainableArtefact> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    public Optional<MaintainableArtefact> find(TypedRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    public Optional<MaintainableArtefact> find(ArtefactType type, String agency, String id, String version) {
        return find(new TypedRef(type, ArtefactRef.of(agency, id, version)));
    }

    @SuppressWarnings("unchecked")
    public <T extends MaintainableArtefact> List<T> ofType(ArtefactType type, Class<T> kind) {
        return (List<T>) all.stream().filter(a -> a.type() == type && kind.isInstance(a)).toList();
    }

    public List<MaintainableArtefact> ofType(ArtefactType type) {
        return all.stream().filter(a -> a.type() == type).toList();
    }

    /** The highest version of each (type, agency, id) among the given artefacts. */
    public static List<MaintainableArtefact> latestOnly(List<MaintainableArtefact> artefacts) {
        Map<String, MaintainableArtefact> latest = new LinkedHashMap<>();
        for (MaintainableArtefact a : artefacts) {
            String key = a.type() + "|" + a.ref().agency() + "|" + a.ref().id();
            latest.merge(key, a, (x, y) -> ArtefactRef.compareVersions(x.ref().version(), y.ref().version()) >= 0 ? x : y);
        }
        return List.copyOf(latest.values());
    }

    /** The artefacts that reference the given one directly (its "parents"). */
    public List<MaintainableArtefact> referencing(TypedRef ref) {
        return all.stream().filter(a -> a.references().contains(ref)).toList();
    }

    /** The artefacts the given one references that are present in this set (its "children"). */
    public List<MaintainableArtefact> referencedBy(MaintainableArtefact artefact) {
        return artefact.references().stream().map(byRef::get).filter(a -> a != null).toList();
    }

    /** References that point outside this set; a consistent set has none. */
    public Set<TypedRef> danglingReferences() {
        return all.stream().flatMap(a -> a.references().stream()).filter(r -> !byRef.containsKey(r))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
