package io.archivo.sdmx.rest;

import io.archivo.sdmx.format.Detail;
import io.archivo.sdmx.format.MessageEntry;
import io.archivo.sdmx.format.Presentation;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.Categorisation;
import io.archivo.sdmx.model.ConceptRef;
import io.archivo.sdmx.model.DataStructure;
import io.archivo.sdmx.model.ItemScheme;
import io.archivo.sdmx.model.MaintainableArtefact;
import io.archivo.sdmx.model.SdmxArtefacts;
import io.archivo.sdmx.model.TypedRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves a query against a set of artefacts: selects the matching artefacts, adds the related ones the
 * {@code references} parameter asks for, and decides per artefact how {@code detail} wants it written.
 * An empty result means "no results" (404).
 *
 * <p>Reference semantics (SDMX REST): parents = artefacts that reference a match; ancestors = parents,
 * recursively; children = artefacts a match references; descendants = children, recursively; parentsandsiblings =
 * parents plus their children; all = parentsandsiblings plus descendants; a type name = artefacts of that type
 * that reference, or are referenced by, a match: one level ({@code codelist?references=datastructure} gives the
 * DSDs using the codelist, {@code datastructure?references=codelist} its codelists).
 *
 * <p>In an item query the matched scheme is partial, and its parents are only those that use one of the
 * matched items (the categorisations targeting that category, the DSDs using that concept); the full scheme is
 * never added again as a "sibling".
 */
public final class SdmxQueryEngine {

    private SdmxQueryEngine() {
    }

    public static List<MessageEntry> resolve(SdmxQuery query, SdmxArtefacts set) {
        List<MaintainableArtefact> matched = match(query, set);
        if (matched.isEmpty()) {
            return List.of();
        }
        Set<MaintainableArtefact> related = related(query, matched, set);
        Set<TypedRef> matchedRefs = new HashSet<>();
        matched.forEach(a -> matchedRefs.add(a.typedRef()));
        related.removeIf(a -> matchedRefs.contains(a.typedRef()));
        Detail detail = query.detail();
        List<MessageEntry> out = new ArrayList<>();
        for (MaintainableArtefact a : matched) {
            Presentation p = detail.forMatched();
            out.add(new MessageEntry(a, query.isItemQuery() && p == Presentation.FULL ? Presentation.PARTIAL : p));
        }
        Set<MaintainableArtefact> everything = new LinkedHashSet<>(matched);
        everything.addAll(related);
        for (MaintainableArtefact a : related) {
            Presentation p = detail.forReferenced();
            if (p == Presentation.PARTIAL) {
                out.add(partial(a, everything));
            } else {
                out.add(new MessageEntry(a, p));
            }
        }
        return out;
    }

    static List<MaintainableArtefact> match(SdmxQuery q, SdmxArtefacts set) {
        List<MaintainableArtefact> candidates = set.all().stream()
                .filter(a -> q.types().isEmpty() || q.types().contains(a.type()))
                .filter(a -> q.agencies().isEmpty() || q.agencies().contains(a.ref().agency()))
                .filter(a -> q.ids().isEmpty() || q.ids().contains(a.ref().id()))
                .filter(a -> q.constraintRole() == null
                        || !(a instanceof io.archivo.sdmx.model.ContentConstraint c) || c.role() == q.constraintRole())
                .toList();
        Set<MaintainableArtefact> selected = new LinkedHashSet<>();
        if (q.versions().contains(SdmxQuery.ALL_VERSIONS)) {
            selected.addAll(candidates);
        } else {
            candidates.stream().filter(a -> q.versions().contains(a.ref().version())).forEach(selected::add);
            if (q.versions().contains(SdmxQuery.LATEST)) {
                selected.addAll(SdmxArtefacts.latestOnly(candidates));
            }
        }
        List<MaintainableArtefact> ordered = candidates.stream().filter(selected::contains).toList();
        if (!q.isItemQuery()) {
            return ordered;
        }
        return ordered.stream().filter(a -> a instanceof ItemScheme)
                .map(a -> (MaintainableArtefact) ((ItemScheme<?>) a).withItems(q.itemIds()::contains))
                .filter(a -> !((ItemScheme<?>) a).items().isEmpty())
                .toList();
    }

    static Set<MaintainableArtefact> related(SdmxQuery query, List<MaintainableArtefact> matched, SdmxArtefacts set) {
        References refs = query.references();
        Set<MaintainableArtefact> out = new LinkedHashSet<>();
        Set<TypedRef> partialMatches = new HashSet<>();
        if (query.isItemQuery()) {
            matched.forEach(a -> partialMatches.add(a.typedRef()));
        }
        Function<MaintainableArtefact, List<MaintainableArtefact>> up = a -> set.referencing(a.typedRef()).stream()
                .filter(parent -> !partialMatches.contains(a.typedRef()) || usesItems(parent, a))
                .toList();
        Function<MaintainableArtefact, List<MaintainableArtefact>> down = set::referencedBy;
        for (References.Kind k : refs.kinds()) {
            switch (k) {
                case NONE -> { }
                case PARENTS -> out.addAll(step(matched, up));
                case ANCESTORS -> out.addAll(closure(matched, up));
                case CHILDREN -> out.addAll(step(matched, down));
                case DESCENDANTS -> out.addAll(closure(matched, down));
                case PARENTSANDSIBLINGS -> out.addAll(parentsAndSiblings(matched, up, down));
                case ALL -> {
                    out.addAll(parentsAndSiblings(matched, up, down));
                    out.addAll(closure(matched, down));
                }
            }
        }
        if (!refs.types().isEmpty()) {
            Set<MaintainableArtefact> reach = new LinkedHashSet<>(step(matched, up));
            reach.addAll(step(matched, down));
            reach.stream().filter(a -> refs.types().contains(a.type())).forEach(out::add);
        }
        return out;
    }

    /** Does {@code parent} use one of the items left in the (partial) scheme {@code scheme}? */
    private static boolean usesItems(MaintainableArtefact parent, MaintainableArtefact scheme) {
        if (!(scheme instanceof ItemScheme<?> s)) {
            return true;
        }
        Set<String> items = new HashSet<>();
        s.items().forEach(i -> items.add(i.id()));
        if (parent instanceof Categorisation c) {
            return items.contains(c.categoryId());
        }
        if (parent instanceof DataStructure dsd && scheme.type() == ArtefactType.CONCEPT_SCHEME) {
            return dsd.concepts().stream().anyMatch(c -> c.scheme().equals(scheme.ref()) && items.contains(c.conceptId()));
        }
        return true;
    }

    private static Set<MaintainableArtefact> parentsAndSiblings(List<MaintainableArtefact> matched,
            Function<MaintainableArtefact, List<MaintainableArtefact>> up,
            Function<MaintainableArtefact, List<MaintainableArtefact>> down) {
        Set<MaintainableArtefact> parents = step(matched, up);
        Set<MaintainableArtefact> out = new LinkedHashSet<>(parents);
        out.addAll(step(List.copyOf(parents), down));
        return out;
    }

    private static Set<MaintainableArtefact> step(List<MaintainableArtefact> from,
            Function<MaintainableArtefact, List<MaintainableArtefact>> next) {
        Set<MaintainableArtefact> out = new LinkedHashSet<>();
        from.forEach(a -> out.addAll(next.apply(a)));
        return out;
    }

    private static Set<MaintainableArtefact> closure(List<MaintainableArtefact> from,
            Function<MaintainableArtefact, List<MaintainableArtefact>> next) {
        Set<MaintainableArtefact> out = new LinkedHashSet<>();
        Deque<MaintainableArtefact> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            for (MaintainableArtefact n : next.apply(todo.pop())) {
                if (out.add(n)) {
                    todo.add(n);
                }
            }
        }
        return out;
    }

    /**
     * referencepartial: a referenced concept or category scheme keeps only the items the returned artefacts use
     * (concepts of the DSDs, categories of the categorisations); codelists are used whole by a DSD, so stay full,
     * and so does the data provider scheme (one provider).
     */
    private static MessageEntry partial(MaintainableArtefact a, Set<MaintainableArtefact> everything) {
        if (!(a instanceof ItemScheme<?> scheme) || a.type() == ArtefactType.CODELIST
                || a.type() == ArtefactType.DATA_PROVIDER_SCHEME) {
            return new MessageEntry(a, Presentation.FULL);
        }
        Set<String> used = new HashSet<>();
        TypedRef self = a.typedRef();
        for (MaintainableArtefact other : everything) {
            if (other instanceof DataStructure dsd && self.type() == ArtefactType.CONCEPT_SCHEME) {
                dsd.concepts().stream().filter(c -> c.scheme().equals(a.ref())).map(ConceptRef::conceptId).forEach(used::add);
            } else if (other instanceof Categorisation c && c.categoryScheme().equals(a.ref())
                    && self.type() == ArtefactType.CATEGORY_SCHEME) {
                used.add(c.categoryId());
            }
            if (self.type() == ArtefactType.AGENCY_SCHEME) {
                used.add(other.ref().agency());
            }
        }
        ItemScheme<?> filtered = scheme.withItems(used::contains);
        return filtered.items().size() == scheme.items().size()
                ? new MessageEntry(a, Presentation.FULL)
                : new MessageEntry(filtered, Presentation.PARTIAL);
    }
}
