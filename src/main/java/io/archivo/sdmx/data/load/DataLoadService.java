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
import java.util.Map;
import io.archivo.sdmx.catalog.SdmxDesignationService;

/** Loads a process's observations: who may, against which structure, and how (all or nothing). */
@ApplicationScoped
public class DataLoadService {

    private final DataflowCatalog catalog;
    private final ObservationStore store;
    private final SdmxDesignationService designations;

    DataLoadService(DataflowCatalog catalog, ObservationStore store, SdmxDesignationService designations) {
        this.catalog = catalog;
        this.store = store;
        this.designations = designations;
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
        return load(caller, processCode, action, publish, table, charset, false, null);
    }

    /**
     * Loads a table: CSV, or XLSX (its first sheet). Columns may name the study's variables as the process's
     * designation maps them; {@code frequency} fills FREQ for plain tables without that column (default A).
     */
    public LoadResult load(Caller caller, String processCode, Action action, boolean publish, InputStream table,
            java.nio.charset.Charset charset, boolean xlsx, String frequency) {
        DataflowStructure structure = editable(caller, processCode);
        Map<String, String> aliases = designations.find(structure.processCode())
                .map(d -> DesignatedColumns.of(d, structure)).orElse(Map.of());
        String freq = frequency == null || frequency.isBlank() ? "A" : frequency.strip();
        InputStream in = xlsx ? new java.io.ByteArrayInputStream(XlsxTable.toCsv(table)) : table;
        List<Observation> rows = new ObservationTableReader(structure, action, aliases, freq)
                .read(in, xlsx ? java.nio.charset.StandardCharsets.UTF_8 : charset);
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
