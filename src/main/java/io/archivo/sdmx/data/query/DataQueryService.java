package io.archivo.sdmx.data.query;

import io.archivo.access.Caller;
import io.archivo.sdmx.data.DataflowCatalog;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.TimePeriod;
import io.archivo.sdmx.data.format.DataFormat;
import io.archivo.sdmx.data.format.DataMessage;
import io.archivo.sdmx.data.format.DataWriter;
import io.archivo.sdmx.data.store.ObservationStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers data queries of both REST APIs: finds the dataflow (404 when absent or not visible to the caller, so
 * that hidden data do not leak), builds the selection, and prepares an answer whose validators are known before
 * any observation is read and whose body streams from the store.
 */
@ApplicationScoped
public class DataQueryService {

    private final DataflowCatalog catalog;
    private final ObservationStore store;

    DataQueryService(DataflowCatalog catalog, ObservationStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    /** The raw query parameters shared by v1 and v2. */
    public record RawParameters(String startPeriod, String endPeriod, String updatedAfter, String firstN,
            String lastN, String detail, String dimensionAtObservation, String includeHistory,
            Map<String, String> componentFilters) {
    }

    /**
     * A prepared answer: validators and whether any observation matches (both read in one statement), then
     * {@link #write} streams the body.
     */
    public record Answer(DataflowStructure structure, DataParameters parameters, String etag, Instant lastModified,
            boolean matches) {
    }

    /** One dataflow; {@code version} null means the latest. */
    public DataflowStructure dataflow(Caller caller, String agency, String id, String version) {
        if (id == null || id.isBlank() || id.equals("all") || id.equals("*")) {
            throw DataQueryException.notImplemented("queries across several dataflows; name one dataflow");
        }
        List<DataflowStructure> found = catalog.find(agency, id, version == null ? "latest" : version);
        if (found.isEmpty()) {
            throw DataQueryException.noResults("no dataflow " + id);
        }
        DataflowStructure s = found.get(0);
        if (!catalog.process(s.processCode()).readableBy(caller)) {
            throw DataQueryException.noResults("no dataflow " + id);
        }
        return s;
    }

    public Answer prepare(Caller caller, DataflowStructure s, String v1Key, RawParameters raw, DataFormat format,
            boolean labels) {
        if (DataParameters.bool(raw.includeHistory(), "includeHistory")) {
            throw DataQueryException.notImplemented("includeHistory (Archivo keeps no history of observations)");
        }
        List<Set<String>> key = new java.util.ArrayList<>(DataParameters.v1Key(v1Key, s));
        TimePeriod start = DataParameters.period(raw.startPeriod(), "startPeriod");
        TimePeriod end = DataParameters.period(raw.endPeriod(), "endPeriod");
        if (raw.componentFilters() != null && !raw.componentFilters().isEmpty()) {
            TimePeriod[] range = DataParameters.applyComponentFilters(raw.componentFilters(), s, key);
            start = range[0] != null ? range[0] : start;
            end = range[1] != null ? range[1] : end;
        }
        boolean drafts = catalog.process(s.processCode()).draftsReadableBy(caller);
        DataSelection sel = new DataSelection(key, start, end, DataParameters.instant(raw.updatedAfter()), drafts);
        DataParameters p = new DataParameters(sel, DataParameters.count(raw.firstN(), "firstNObservations"),
                DataParameters.count(raw.lastN(), "lastNObservations"), DataParameters.detail(raw.detail()),
                DataParameters.flat(raw.dimensionAtObservation(), s));
        ObservationStore.QueryState queried = store.queryState(s.dataflow().id(), sel);
        ObservationStore.FlowState state = queried.flow();
        Instant structures = catalog.structuresModified();
        Instant last = max(state.lastLoadAt(), structures);
        // the structures' time as epoch milliseconds: Instant.toString was a visible part of a query's allocation
        String etag = etag(format + "|" + labels + "|" + s.dataflow() + "|" + s.dsd().ref() + "|" + p + "|"
                + state.lastLoadId() + "|" + (structures == null ? "" : structures.toEpochMilli()));
        return new Answer(s, p, etag, last == null ? null : last.truncatedTo(ChronoUnit.SECONDS), queried.matches());
    }

    /** Are there observations at all? (known before streaming, for the 404 with error 100) */
    public boolean hasResults(Answer a) {
        return a.matches();
    }

    public void write(Answer a, DataFormat format, boolean labels, OutputStream out) throws IOException {
        DataMessage m = new DataMessage(a.structure(), "IREF" + Long.toHexString(System.nanoTime()).toUpperCase(),
                Instant.now(), a.structure().dataflow().agency(), a.parameters().detail(), a.parameters().flat(), labels);
        DataStreamer.write(store, a.structure(), a.parameters(), DataWriter.of(format, m, out));
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : (a.isAfter(b) ? a : b);
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
