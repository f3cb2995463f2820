package io.archivo.sdmx.data.rest;

import io.archivo.access.Caller;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.query.DataQueryException;
import io.archivo.sdmx.data.query.DataQueryService;
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
     * v2: only the {@code dataflow} context (or {@code *}); {@code *} agency and {@code ~ + * latest} versions mean
     * any. {@code parameterChecks} run after the context check and before the lookup.
     */
    static Function<Caller, DataflowStructure> v2(DataQueryService data, String what, String context, String agency,
            String id, String version, Runnable parameterChecks) {
        String v = version == null || List.of("~", "+", "*", "latest").contains(version) ? null : version;
        return caller -> {
            if (!context.equals("dataflow") && !context.equals("*")) {
                throw DataQueryException.notImplemented(what + " by " + context + " (use dataflow)");
            }
            parameterChecks.run();
            return data.dataflow(caller, agency.equals("*") ? null : agency, id, v);
        };
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
