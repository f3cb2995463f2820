package io.archivo.sdmx.data.query;

import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.Observation;
import io.archivo.sdmx.data.format.DataWriter;
import io.archivo.sdmx.data.store.ObservationStore;
import io.archivo.sdmx.model.AttachmentLevel;
import io.archivo.sdmx.model.DataAttribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drives a {@link DataWriter} from the store's row stream (ordered by series key, then period): cuts it into
 * series, splits attributes by attachment level, applies detail and firstNObservations/lastNObservations. Holds
 * at most lastN observations at a time, so memory does not grow with the answer.
 */
public final class DataStreamer {

    private final DataflowStructure structure;
    private final DataParameters p;
    private final DataWriter w;
    private List<String> currentKey;
    private int index;
    private final ArrayDeque<Object[]> tail = new ArrayDeque<>();
    /** The DSD's attributes attached to observations, and those attached to series or the data set. */
    private final List<String> observationLevel = new ArrayList<>();
    private final List<String> seriesLevel = new ArrayList<>();
    /** The last split (consecutive observations mostly share one attribute map). */
    private Map<String, String> splitOf;
    private Map<String, String> splitObservation;
    private Map<String, String> splitSeries;

    private DataStreamer(DataflowStructure structure, DataParameters p, DataWriter w) {
        this.structure = structure;
        this.p = p;
        this.w = w;
        for (DataAttribute a : structure.dsd().attributes()) {
            (a.attachment() == AttachmentLevel.OBSERVATION ? observationLevel : seriesLevel).add(a.id());
        }
    }

    public static void write(ObservationStore store, DataflowStructure s, DataParameters p, DataWriter w)
            throws IOException {
        DataStreamer d = new DataStreamer(s, p, w);
        w.begin();
        try {
            store.stream(s.dataflow().id(), s.dimensions().size(), p.selection(), d::accept);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        d.closeSeries();
        w.end();
    }

    private void accept(Observation o) {
        try {
            List<String> key = o.key();
            // the store hands out one key list per series: identity first, equality as the fallback
            if (key != currentKey && !key.equals(currentKey)) {
                closeSeries();
                currentKey = key;
                index = 0;
                w.seriesStart(o.key(), p.detail().attributes() ? split(o, false) : Map.of());
            }
            if (!p.detail().observations()) {
                return;
            }
            int first = p.firstN() == null ? (p.lastN() == null ? Integer.MAX_VALUE : 0) : p.firstN();
            if (index++ < first) {
                emit(o);
            } else if (p.lastN() != null) {
                tail.addLast(new Object[] { o });
                if (tail.size() > p.lastN()) {
                    tail.removeFirst();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void emit(Observation o) throws IOException {
        w.observation(o, p.detail().attributes() ? split(o, true) : Map.of());
    }

    private void closeSeries() {
        if (currentKey == null) {
            return;
        }
        try {
            while (!tail.isEmpty()) {
                emit((Observation) tail.removeFirst()[0]);
            }
            w.seriesEnd();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        currentKey = null;
    }

    /** The observation's attributes at observation level ({@code obsLevel}) or at series/data set level. */
    private Map<String, String> split(Observation o, boolean obsLevel) {
        Map<String, String> all = o.attributes();
        if (all.isEmpty()) {
            return Map.of();
        }
        if (all != splitOf) {
            splitOf = all;
            splitObservation = pick(all, observationLevel);
            splitSeries = pick(all, seriesLevel);
        }
        return obsLevel ? splitObservation : splitSeries;
    }

    private static Map<String, String> pick(Map<String, String> all, List<String> ids) {
        Map<String, String> out = new TreeMap<>();
        for (String id : ids) {
            String v = all.get(id);
            if (v != null) {
                out.put(id, v);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
