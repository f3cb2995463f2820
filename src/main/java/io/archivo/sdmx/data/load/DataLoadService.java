package io.archivo.sdmx.data.load;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.archivo.common.problem.ProblemException;
import io.archivo.files.FileService;
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
    private final FileService files;

    DataLoadService(DataflowCatalog catalog, ObservationStore store, SdmxDesignationService designations,
            FileService files) {
        this.catalog = catalog;
        this.store = store;
        this.designations = designations;
        this.files = files;
    }

    /** What a load did; {@code source} names the study file it was derived from (null for an uploaded table). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LoadResult(long loadId, String dataflow, String action, int observations, boolean published,
            long storedObservations, Source source, List<DataRecoding> recoded) {
        LoadResult(long loadId, String dataflow, String action, int observations, boolean published,
                long storedObservations) {
            this(loadId, dataflow, action, observations, published, storedObservations, null, null);
        }

        LoadResult from(Source s) {
            return new LoadResult(loadId, dataflow, action, observations, published, storedObservations, s, recoded);
        }

        /** The table values stored as other codes; absent when every value was already a code. */
        LoadResult recoded(List<DataRecoding> r) {
            return new LoadResult(loadId, dataflow, action, observations, published, storedObservations, source,
                    r.isEmpty() ? null : r);
        }
    }

    /** The archived file a load was derived from. */
    public record Source(String study, long file, String name, String sha256) {
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
        return load(caller, editable(caller, processCode), action, publish, table, charset, xlsx, frequency);
    }

    private LoadResult load(Caller caller, DataflowStructure structure, Action action, boolean publish,
            InputStream table, java.nio.charset.Charset charset, boolean xlsx, String frequency) {
        Map<String, String> aliases = designations.find(structure.processCode())
                .map(d -> DesignatedColumns.of(d, structure)).orElse(Map.of());
        String freq = frequency == null || frequency.isBlank() ? "A" : frequency.strip();
        InputStream in = xlsx ? new java.io.ByteArrayInputStream(XlsxTable.toCsv(table)) : table;
        ObservationTableReader reader = new ObservationTableReader(structure, action, aliases, freq);
        List<Observation> rows = reader.read(in, xlsx ? java.nio.charset.StandardCharsets.UTF_8 : charset);
        return apply(caller, structure, action, publish, rows).recoded(reader.recodings());
    }

    /**
     * Derives the observations from an archived tabular data file of one of the process's studies: the file's CSV
     * form goes through the same reader, designation and validation as an uploaded table. The caller must be
     * allowed to load the process's data and to read the file's content (a file they may not read is not found).
     */
    public LoadResult derive(Caller caller, String processCode, Action action, boolean publish, String studyIdno,
            long fileId, String frequency) {
        DataflowStructure structure = editable(caller, processCode);
        FileService.Table table = files.table(caller, studyIdno, fileId, "sdmx-data process=" + structure.processCode()
                + " dataflow=" + structure.dataflow());
        if (!structure.processCode().equals(table.processCode())) {
            throw ProblemException.unprocessable("file-of-another-process", "The file is not of this process",
                    "Study '" + table.study() + "' belongs to " + (table.processCode() == null ? "no process"
                            : "process " + table.processCode()) + ", not to " + structure.processCode()
                            + "; derive a process's data from its own studies' files");
        }
        // a process's observations are disseminated by the process's classification alone: a classified or reserved
        // file's rows would reach the public through SDMX, so they are not derived at all
        if (!table.publicContent()) {
            throw ProblemException.unprocessable("file-not-public", "The file is not public information",
                    "File " + table.fileId() + " (" + table.name() + ") of study '" + table.study() + "' is classified or"
                            + " reserved (Ley 1712 de 2014); observations are derived only from public files");
        }
        // the same bound as an uploaded table's: the observations of a load are held in memory while validated
        try (InputStream in = new io.archivo.common.http.LimitedInputStream(table.open(), DataLoadResource.MAX_BYTES,
                "Table too large", "observation table")) {
            return load(caller, structure, action, publish, in, java.nio.charset.StandardCharsets.UTF_8, false, frequency)
                    .from(new Source(table.study(), table.fileId(), table.name(), table.sha256()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
