package io.archivo.sdmx.data.query;

import io.archivo.access.Caller;
import io.archivo.access.CurrentCaller;
import io.archivo.sdmx.data.AllowedConstraints;
import io.archivo.sdmx.data.DataflowCatalog;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.store.ObservationStore;
import io.archivo.sdmx.model.Agency;
import io.archivo.sdmx.model.AgencyScheme;
import io.archivo.sdmx.model.ArtefactRef;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.DataProvider;
import io.archivo.sdmx.model.DataProviderScheme;
import io.archivo.sdmx.model.LocalisedText;
import io.archivo.sdmx.model.MaintainableArtefact;
import io.archivo.sdmx.model.ProvisionAgreement;
import io.archivo.sdmx.model.SdmxArtefacts;
import io.archivo.sdmx.rest.SdmxDataArtefactSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The structure resources that derive from the data: {@code dataproviderscheme}, {@code contentconstraint} and
 * {@code provisionagreement}. Archivo is its agency's one data provider (provider id = agency id, which is what
 * the data API's {@code providerRef} accepts), in the scheme {@code DATA_PROVIDERS}. For each dataflow (latest
 * version) with data the caller may read: the actual content constraint {@code availableconstraint}/
 * {@code availability} answer for the whole flow (computed by {@link AvailabilityService}, not here), and a
 * provision agreement linking flow and provider. A flow without loads, or with only drafts the caller may not
 * see, has neither. Plus the allowed constraints of the designated flows ({@link AllowedConstraints}), which do
 * not depend on the data.
 */
@ApplicationScoped
public class ProvisionArtefacts implements SdmxDataArtefactSource {

    private static final AvailabilityService.Query WHOLE_FLOW =
            new AvailabilityService.Query(null, Map.of(), null, null, null, null, null);

    private final DataflowCatalog catalog;
    private final ObservationStore store;
    private final AvailabilityService availability;
    private final CurrentCaller caller;
    private final AllowedConstraints allowed;

    ProvisionArtefacts(DataflowCatalog catalog, ObservationStore store, AvailabilityService availability,
            CurrentCaller caller, AllowedConstraints allowed) {
        this.allowed = allowed;
        this.catalog = catalog;
        this.store = store;
        this.availability = availability;
        this.caller = caller;
    }

    @Override
    public DataArtefacts artefacts(SdmxArtefacts catalogue) {
        List<MaintainableArtefact> out = new ArrayList<>();
        List<Agency> agencies = catalogue.ofType(ArtefactType.AGENCY_SCHEME, AgencyScheme.class).stream()
                .flatMap(s -> s.items().stream()).toList();
        if (agencies.isEmpty()) {
            return new DataArtefacts(out, null);
        }
        Agency agency = agencies.get(0);
        ArtefactRef scheme = DataProviderScheme.refOf(agency.id());
        out.add(new DataProviderScheme(scheme,
                LocalisedText.esEn("Proveedores de datos", "Data providers"),
                LocalisedText.esEn("Quien provee los datos de los flujos de " + agency.id() + ": la propia agencia.",
                        "Who provides the data of " + agency.id() + "'s dataflows: the agency itself."),
                List.of(new DataProvider(agency.id(), agency.name(), agency.description()))));
        Caller c = caller.get();
        Instant last = null;
        List<DataflowStructure> flows = catalog.find(agency.id(), null, "latest");
        out.addAll(allowed.of(flows));
        for (DataflowStructure s : flows) {
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
            out.add(agreement(s.dataflow(), scheme, agency.id()));
            last = last == null || loaded.isAfter(last) ? loaded : last;
        }
        return new DataArtefacts(out, last);
    }

    private static ProvisionAgreement agreement(ArtefactRef flow, ArtefactRef scheme, String provider) {
        return new ProvisionAgreement(ArtefactRef.of(flow.agency(), "PA_" + flow.id(), "1.0"),
                LocalisedText.esEn("Provisión de datos de " + flow.id(), "Data provision of " + flow.id()),
                LocalisedText.esEn(provider + " provee los datos del flujo " + flow.id() + ".",
                        provider + " provides the data of dataflow " + flow.id() + "."),
                flow, scheme, provider);
    }
}
