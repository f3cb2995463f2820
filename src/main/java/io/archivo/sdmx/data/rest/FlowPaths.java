package io.archivo.sdmx.data.rest;

import io.archivo.access.Caller;
import io.archivo.sdmx.data.DataflowCatalog;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.query.DataQueryException;
import io.archivo.sdmx.data.query.DataQueryService;
import io.archivo.sdmx.model.ArtefactRef;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the data and availability resources read the dataflow a path names, the same for both: v1's
 * {@code flowRef}/{@code providerRef} and v2's {@code {context}/{agency}/{id}/{version}/{key}} with {@code c[DIM]}
 * filters. The lookups run inside the responders (as the functions returned here), so a hidden flow answers like an
 * absent one there.
 */
final class FlowPaths {

    private FlowPaths() {
    }

    /** v1: {@code ID}, {@code AGENCY,ID} or {@code AGENCY,ID,VERSION}, and the only data provider, Archivo itself. */
    static Function<Caller, DataflowStructure> v1(DataQueryService data, String flowRef, String providerRef) {
        String[] parts = flowRef.split(",", -1);
        String agency = parts.length >= 2 ? parts[0] : null;
        String id = parts.length >= 2 ? parts[1] : parts[0];
        String version = parts.length >= 3 && !parts[2].equals("latest") ? parts[2] : null;
        return caller -> {
            if (parts.length > 3 || id.isBlank()) {
                throw DataQueryException.syntax("flowRef must be ID, AGENCY,ID or AGENCY,ID,VERSION: " + flowRef);
            }
            DataflowStructure s = data.dataflow(caller, agency, id, version);
            // Archivo is the only data provider (ARCHIVO_CALI or ARCHIVO_CALI,ARCHIVO_CALI); naming another finds nothing
            if (providerRef != null && !providerRef.equals("all") && !providerRef.equals(s.dataflow().agency())
                    && !providerRef.endsWith("," + s.dataflow().agency())) {
                throw DataQueryException.noResults("no data provider " + providerRef);
            }
            return s;
        };
    }

    /**
     * v2: the {@code dataflow} context (or {@code *}), and the contexts that name one: {@code datastructure} (the
     * dataflow using that DSD; a DSD several dataflows use, such as {@code DSD_GENERIC}, would need a query across
     * them: 501) and {@code provisionagreement} ({@code PA_{flow}}, version 1.0: its dataflow). {@code *} agency and
     * {@code ~ + * latest} versions mean any. {@code parameterChecks} run after the context check and before the
     * lookup, which is the dataflow's own (visibility included).
     */
    static Function<Caller, DataflowStructure> v2(DataQueryService data, DataflowCatalog catalog, String what,
            String context, String agency, String id, String version, Runnable parameterChecks) {
        String v = version == null || List.of("~", "+", "*", "latest").contains(version) ? null : version;
        String a = agency.equals("*") ? null : agency;
        return caller -> {
            switch (context) {
                case "dataflow", "*" -> {
                    parameterChecks.run();
                    return data.dataflow(caller, a, id, v);
                }
                case "datastructure" -> {
                    parameterChecks.run();
                    ArtefactRef flow = flowOfStructure(catalog, a, id, v);
                    return data.dataflow(caller, flow.agency(), flow.id(), flow.version());
                }
                case "provisionagreement" -> {
                    parameterChecks.run();
                    if (!id.startsWith(AGREEMENT_PREFIX) || id.length() == AGREEMENT_PREFIX.length()
                            || v != null && ArtefactRef.compareVersions(v, AGREEMENT_VERSION) != 0) {
                        throw DataQueryException.noResults("no provision agreement " + id + " " + version);
                    }
                    return data.dataflow(caller, a, id.substring(AGREEMENT_PREFIX.length()), null);
                }
                default -> throw DataQueryException.syntax(what + " context must be dataflow, datastructure or "
                        + "provisionagreement, not '" + context + "'");
            }
        };
    }

    /** Provision agreements are {@code PA_{flow}} 1.0 (see {@code ProvisionArtefacts}). */
    static final String AGREEMENT_PREFIX = "PA_";
    static final String AGREEMENT_VERSION = "1.0";

    /** The one dataflow (latest version) whose DSD is {@code agency:id(version)}; 404 for none, 501 for several. */
    private static ArtefactRef flowOfStructure(DataflowCatalog catalog, String agency, String id, String version) {
        if (id.equals("*") || id.equals("all") || id.contains(",")) {
            throw DataQueryException.notImplemented("queries across several dataflows; name one data structure");
        }
        List<ArtefactRef> flows = catalog.find(agency, null, "latest").stream()
                .filter(s -> s.dsd().ref().id().equals(id))
                .filter(s -> agency == null || s.dsd().ref().agency().equals(agency))
                .filter(s -> version == null || ArtefactRef.compareVersions(s.dsd().ref().version(), version) == 0)
                .map(DataflowStructure::dataflow).toList();
        if (flows.isEmpty()) {
            throw DataQueryException.noResults("no dataflow uses data structure " + id);
        }
        if (flows.size() > 1) {
            throw DataQueryException.notImplemented("data structure " + id + " is used by " + flows.size()
                    + " dataflows, and queries across several dataflows are not supported; query one dataflow");
        }
        return flows.get(0);
    }

    /** v2's key ({@code *} for any value, {@code ,} between alternatives) in v1's syntax ({@code ""} and {@code +}). */
    static String v2Key(String key) {
        return key == null ? null : key.replace('*', ' ').replace(",", "+");
    }

    /** v2's component filters: {@code c[DIM]=value} query parameters by dimension, repeated values joined by commas. */
    static Map<String, String> componentFilters(UriInfo uri) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (uri != null) {
            uri.getQueryParameters().forEach((name, values) -> {
                if (name.startsWith("c[") && name.endsWith("]")) {
                    filters.put(name.substring(2, name.length() - 1), String.join(",", values));
                }
            });
        }
        return filters;
    }
}
