package io.archivo.sdmx.data.query;

import io.archivo.access.Caller;
import io.archivo.access.CurrentCaller;
import io.archivo.sdmx.data.DataflowCatalog;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.store.ObservationStore;
import io.archivo.sdmx.model.MaintainableArtefact;
import io.archivo.sdmx.rest.SdmxDataArtefactSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code contentconstraint} structure resource: for each dataflow (latest version) with data the caller may
 * read, the actual content constraint {@code availableconstraint}/{@code availability} answer for the whole flow
 * (computed by {@link AvailabilityService}, not here). A flow without loads, or with only drafts the caller may
 * not see, has none.
 */
@ApplicationScoped
public class ActualConstraints implements SdmxDataArtefactSource {

    private static final AvailabilityService.Query WHOLE_FLOW =
            new AvailabilityService.Query(null, Map.of(), null, null, null, null, null);

    private final DataflowCatalog catalog;
    private final ObservationStore store;
    private final AvailabilityService availability;
    private final CurrentCaller caller;

    ActualConstraints(DataflowCatalog catalog, ObservationStore store, AvailabilityService availability,
            CurrentCaller caller) {
        this.catalog = catalog;
        this.store = store;
        this.availability = availability;
        this.caller = caller;
    }

    @Override
    public DataArtefacts artefacts() {
        Caller c = caller.get();
        List<MaintainableArtefact> out = new ArrayList<>();
        Instant last = null;
        for (DataflowStructure s : catalog.find(null, null, "latest")) {
            Instant loaded = store.state(s.dataflow().id()).lastLoadAt();
            if (loaded == null || !catalog.process(s.processCode()).readableBy(c)) {
                continue;
            }
            try {
                out.add(availability.constraint(availability.prepare(c, s, WHOLE_FLOW, "structure")));
            } catch (DataQueryException e) {
                if (e.error().code() != 100) {
                    throw e;
                }
                continue; // loads, but no observation this caller may see (unpublished drafts)
            }
            last = last == null || loaded.isAfter(last) ? loaded : last;
        }
        return new DataArtefacts(out, last);
    }
}
