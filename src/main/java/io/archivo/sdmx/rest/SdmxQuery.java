package io.archivo.sdmx.rest;

import io.archivo.sdmx.format.Detail;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.ContentConstraint;
import java.util.List;
import java.util.Set;

/**
 * A parsed SDMX REST structure query, the same for v1 and v2. Empty {@code types}, {@code agencies}, {@code ids}
 * or {@code itemIds} mean "any". {@code versions} holds exact versions and the tokens {@link #ALL_VERSIONS} and
 * {@link #LATEST} (v1 {@code all}/{@code latest}, v2 {@code *} and {@code ~}/{@code +}: every published version is
 * final, so latest and latest stable coincide). {@code constraintRole} narrows content constraints to actual or
 * allowed ones (v1 {@code actualconstraint}, {@code allowedconstraint}); null = both.
 */
public record SdmxQuery(ApiVersion api, Set<ArtefactType> types, List<String> agencies, List<String> ids,
        List<String> versions, List<String> itemIds, References references, Detail detail,
        ContentConstraint.Role constraintRole) {

    public static final String ALL_VERSIONS = "*";
    public static final String LATEST = "~";

    public SdmxQuery {
        types = Set.copyOf(types);
        agencies = List.copyOf(agencies);
        ids = List.copyOf(ids);
        versions = List.copyOf(versions);
        itemIds = List.copyOf(itemIds);
    }

    public boolean isItemQuery() {
        return !itemIds.isEmpty();
    }

    /** Parses a v1 path {@code /{resource}/{agencyID}/{resourceID}/{version}/{itemID}}; nulls take the defaults. */
    public static SdmxQuery v1(String resource, String agencyID, String resourceID, String version, String itemID,
            String references, String detail) {
        return SdmxQueryParser.v1(resource, agencyID, resourceID, version, itemID, references, detail);
    }

    /** Parses a v2 path {@code /structure/{type}/{agencyID}/{resourceID}/{version}/{itemID}}; nulls take defaults. */
    public static SdmxQuery v2(String type, String agencyID, String resourceID, String version, String itemID,
            String references, String detail) {
        return SdmxQueryParser.v2(type, agencyID, resourceID, version, itemID, references, detail);
    }
}
