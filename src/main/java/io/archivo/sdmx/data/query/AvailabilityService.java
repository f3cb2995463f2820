package io.archivo.sdmx.data.query;

import io.archivo.access.Caller;
import io.archivo.sdmx.data.DataflowCatalog;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.TimePeriod;
import io.archivo.sdmx.data.store.ObservationStore;
import io.archivo.sdmx.data.store.ObservationStore.SeriesCount;
import io.archivo.sdmx.model.ArtefactRef;
import io.archivo.sdmx.model.ContentConstraint;
import io.archivo.sdmx.model.LocalisedText;
import io.archivo.sdmx.model.TimeDimension;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which codes of a dataflow actually have data ({@code availableconstraint} in v1, {@code availability} in v2),
 * as an actual content constraint. The caller sees what the data query would show them: the same dataflow lookup
 * (404 when hidden), drafts only for those who may read them.
 * <ul>
 * <li>{@code mode=exact} (default): the codes of the series that match the whole query;</li>
 * <li>{@code mode=available}: per dimension, the codes still available given the filters on the
 * <em>other</em> dimensions (what a filter menu can offer next).</li>
 * </ul>
 */
@ApplicationScoped
public class AvailabilityService {

    private final DataflowCatalog catalog;
    private final ObservationStore store;

    AvailabilityService(DataflowCatalog catalog, ObservationStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    /** The parameters of an availability query, raw as they came. */
    public record Query(String v1Key, Map<String, String> componentFilters, String startPeriod, String endPeriod,
            String updatedAfter, String mode, String componentId) {
    }

    /** A prepared answer: validators before any observation is counted, then {@link #constraint}. */
    public record Answer(DataflowStructure structure, DataSelection selection, boolean available,
            String componentId, String etag, Instant lastModified) {
    }

    public Answer prepare(Caller caller, DataflowStructure s, Query q, String format) {
        boolean available = switch (q.mode() == null || q.mode().isBlank() ? "exact"
                : q.mode().strip().toLowerCase(Locale.ROOT)) {
            case "exact" -> false;
            case "available" -> true;
            default -> throw DataQueryException.syntax("mode must be exact or available, not '" + q.mode() + "'");
        };
        String component = q.componentId() == null || q.componentId().equals("all") || q.componentId().equals("*")
                ? null : q.componentId();
        if (component != null && !component.equals(TimeDimension.ID) && s.dimensionIndex(component) < 0) {
            throw DataQueryException.syntax("componentID " + component + ": " + s.dsd().ref() + " has no such dimension");
        }
        List<Set<String>> key = new ArrayList<>(DataParameters.v1Key(q.v1Key(), s));
        TimePeriod start = DataParameters.period(q.startPeriod(), "startPeriod");
        TimePeriod end = DataParameters.period(q.endPeriod(), "endPeriod");
        if (q.componentFilters() != null && !q.componentFilters().isEmpty()) {
            TimePeriod[] range = DataParameters.applyComponentFilters(q.componentFilters(), s, key);
            start = range[0] != null ? range[0] : start;
            end = range[1] != null ? range[1] : end;
        }
        boolean drafts = catalog.process(s.processCode()).draftsReadableBy(caller);
        DataSelection sel = new DataSelection(key, start, end, DataParameters.instant(q.updatedAfter()), drafts);
        ObservationStore.FlowState state = store.state(s.dataflow().id());
        Instant structures = catalog.structuresModified();
        Instant last = state.lastLoadAt() == null ? structures
                : structures == null || state.lastLoadAt().isAfter(structures) ? state.lastLoadAt() : structures;
        String etag = etag("availability|" + format + "|" + s.dataflow() + "|" + s.dsd().ref() + "|" + sel + "|"
                + available + "|" + component + "|" + state.lastLoadId() + "|" + structures);
        return new Answer(s, sel, available, component, etag, last == null ? null : last.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The actual content constraint; 404 (error 100) when no observation matches the query. */
    public ContentConstraint constraint(Answer a) {
        DataflowStructure s = a.structure();
        String flow = s.dataflow().id();
        DataSelection sel = a.selection();
        List<Set<String>> key = sel.key();
        boolean keyed = key.stream().anyMatch(v -> !v.isEmpty());
        // every series of the period range: filtered here per dimension, so mode=available costs one query
        List<SeriesCount> series = store.seriesCounts(flow, keyed
                ? new DataSelection(key.stream().map(v -> Set.<String>of()).toList(), sel.start(), sel.end(),
                        sel.updatedAfter(), sel.includeDrafts())
                : sel);
        long observations = 0;
        int n = s.dimensions().size();
        List<Set<String>> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(new TreeSet<>());
        }
        for (SeriesCount c : series) {
            int misses = 0;
            int missed = -1;
            for (int i = 0; i < n; i++) {
                if (!key.get(i).isEmpty() && !key.get(i).contains(c.key().get(i))) {
                    misses++;
                    missed = i;
                }
            }
            if (misses == 0) {
                observations += c.observations();
                for (int i = 0; i < n; i++) {
                    values.get(i).add(c.key().get(i));
                }
            } else if (misses == 1 && a.available()) {
                // matches every filter but the one on its own dimension: that code is available there
                values.get(missed).add(c.key().get(missed));
            }
        }
        if (observations == 0) {
            throw DataQueryException.noResults("no observations match the query");
        }
        List<ContentConstraint.KeyValues> keyValues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = s.dimensions().get(i).id();
            if (a.componentId() == null || a.componentId().equals(id)) {
                keyValues.add(new ContentConstraint.KeyValues(id, List.copyOf(values.get(i))));
            }
        }
        ContentConstraint.TimeRange range = null;
        if (a.componentId() == null || a.componentId().equals(TimeDimension.ID)) {
            range = store.periodRange(flow, sel).map(p -> new ContentConstraint.TimeRange(p[0], p[1])).orElse(null);
        }
        ArtefactRef df = s.dataflow();
        LocalisedText name = LocalisedText.esEn("Disponibilidad de datos de " + df.id(), "Data availability of " + df.id());
        return new ContentConstraint(ArtefactRef.of(df.agency(), "CC_" + df.id(), "1.0"), name,
                null, df, keyValues, range, observations);
    }

    private static String etag(String state) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
