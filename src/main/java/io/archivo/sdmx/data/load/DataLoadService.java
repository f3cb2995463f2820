package io.archivo.sdmx.data.load;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.common.problem.ProblemException;
import io.archivo.sdmx.data.DataflowCatalog;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.Observation;
import io.archivo.sdmx.data.store.ObservationStore;
import io.archivo.sdmx.data.store.ObservationStore.Action;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** Loads a process's observations: who may, against which structure, and how (all or nothing). */
@ApplicationScoped
public class DataLoadService {

    private final DataflowCatalog catalog;
    private final ObservationStore store;

    DataLoadService(DataflowCatalog catalog, ObservationStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    /** What a load did. */
    public record LoadResult(long loadId, String dataflow, String action, int observations, boolean published,
            long storedObservations) {
    }

    public static Action action(String raw) {
        if (raw == null || raw.isBlank()) {
            return Action.REPLACE;
        }
        try {
            return Action.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-action", "Invalid action",
                    "action must be Replace, Append or Delete, not '" + raw + "'");
        }
    }

    public LoadResult load(Caller caller, String processCode, Action action, boolean publish, InputStream table,
            java.nio.charset.Charset charset) {
        DataflowStructure structure = editable(caller, processCode);
        List<Observation> rows = new ObservationTableReader(structure, action).read(table, charset);
        return apply(caller, structure, action, publish, rows);
    }

    /** Stores already validated observations (the demo uses it with its own generated rows). */
    public LoadResult apply(Caller caller, DataflowStructure structure, Action action, boolean publish,
            List<Observation> rows) {
        String df = structure.dataflow().id();
        long id = store.apply(df, structure.processCode(), action, rows, publish, caller.name());
        return new LoadResult(id, structure.dataflow().toString(), action.name(), rows.size(), publish, store.count(df));
    }

    public LoadResult publish(Caller caller, String processCode) {
        DataflowStructure structure = editable(caller, processCode);
        String df = structure.dataflow().id();
        int n = store.publish(df, processCode, caller.name());
        return new LoadResult(store.state(df).lastLoadId(), structure.dataflow().toString(), "PUBLISH", n, true,
                store.count(df));
    }

    private DataflowStructure editable(Caller caller, String processCode) {
        DataflowCatalog.FlowProcess p = catalog.process(processCode);
        AccessPolicy.requireDataLoad(caller, p.department(), p.code());
        return catalog.forProcess(p.code()).orElseThrow(() -> ProblemException.conflict("no-data-structure",
                "The process has no data structure", "No SDMX dataflow structure was found for process " + p.code()));
    }
}
