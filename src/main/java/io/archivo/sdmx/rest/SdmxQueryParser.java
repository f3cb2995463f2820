package io.archivo.sdmx.rest;

import io.archivo.sdmx.format.Detail;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.ContentConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The path and parameter syntax of SDMX REST v1.5 and v2.2 structure queries, checked strictly. */
final class SdmxQueryParser {

    private static final Pattern AGENCY = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]*(\\.[A-Za-z][A-Za-z0-9_\\-]*)*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_@$\\-]+");
    private static final Pattern ITEM = Pattern.compile("[A-Za-z0-9_@$\\-]+(\\.[A-Za-z0-9_@$\\-]+)*");
    private static final Pattern V1_VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Pattern V2_VERSION = Pattern.compile(
            "(0|[1-9]\\d*)(\\.(0|[1-9]\\d*)){1,2}(-[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*)?|(0|[1-9]\\d*)");

    /** Structural resources of the specs that Archivo does not publish: valid syntax, answered with 501. */
    private static final Set<String> NOT_SERVED = Set.of("data", "availableconstraint", "metadata", "schema",
            "structureset", "process",
            "attachmentconstraint", "metadataconstraint",
            "hierarchy", "hierarchyassociation",
            "dataconsumerscheme", "organisationunitscheme", "metadataproviderscheme", "transformationscheme",
            "rulesetscheme", "userdefinedoperatorscheme", "customtypescheme", "namepersonalisationscheme",
            "namealiasscheme", "vtlmappingscheme", "valuelist", "reportingtaxonomy", "structuremap",
            "representationmap", "conceptschememap", "categoryschememap", "organisationschememap",
            "reportingtaxonomymap", "metadataprovisionagreement", "geographiccodelist", "geogridcodelist");

    /** Structural resources Archivo has none of: a query for them finds nothing (404, error 100). */
    private static final Set<String> NEVER_ANY = Set.of("metadatastructure", "metadataflow", "hierarchicalcodelist");

    /**
     * Archivo's constraints are data constraints, actual and allowed: v1 contentconstraint (both), actualconstraint,
     * allowedconstraint; v2 dataconstraint (both).
     */
    private static final Set<String> CONSTRAINTS = Set.of("contentconstraint", "actualconstraint", "allowedconstraint",
            "dataconstraint");

    /** {@code organisationscheme} stands for every organisation scheme: the agency and the data provider scheme. */
    private static final String ORGANISATION_SCHEME = "organisationscheme";

    private static final Set<ArtefactType> ITEM_SCHEMES = EnumSet.of(ArtefactType.CODELIST,
            ArtefactType.CONCEPT_SCHEME, ArtefactType.CATEGORY_SCHEME, ArtefactType.AGENCY_SCHEME,
            ArtefactType.DATA_PROVIDER_SCHEME);

    private SdmxQueryParser() {
    }

    static SdmxQuery v1(String resource, String agencyID, String resourceID, String version, String itemID,
            String references, String detail) {
        Set<ArtefactType> types = resourceTypes(resource, "structure");
        List<String> agencies = list(agencyID, "all", "\\+", AGENCY, "agencyID");
        List<String> ids = list(resourceID, "all", "\\+", ID, "resourceID");
        List<String> versions = versions(version, "all", "latest", null, "\\+", V1_VERSION);
        List<String> items = itemIds(itemID, "all", "\\+", types);
        return new SdmxQuery(ApiVersion.V1, types, agencies, ids, versions, items,
                references(references, false), detail(detail, false), constraintRole(resource));
    }

    static SdmxQuery v2(String type, String agencyID, String resourceID, String version, String itemID,
            String references, String detail) {
        Set<ArtefactType> types = resourceTypes(type, "*");
        List<String> agencies = list(agencyID, "*", ",", AGENCY, "agencyID");
        List<String> ids = list(resourceID, "*", ",", ID, "resourceID");
        List<String> versions = versions(version, "*", "~", "+", ",", V2_VERSION);
        List<String> items = itemIds(itemID, "*", ",", types);
        return new SdmxQuery(ApiVersion.V2, types, agencies, ids, versions, items,
                references(references, true), detail(detail, true), null);
    }

    private static Set<ArtefactType> resourceTypes(String resource, String any) {
        if (resource == null || resource.equals(any)) {
            return Set.of();
        }
        if (resource.equals(ORGANISATION_SCHEME)) {
            return Set.of(ArtefactType.AGENCY_SCHEME, ArtefactType.DATA_PROVIDER_SCHEME);
        }
        if (CONSTRAINTS.contains(resource)) {
            return Set.of(ArtefactType.CONTENT_CONSTRAINT);
        }
        if (NEVER_ANY.contains(resource)) {
            throw new SdmxNoResultsException("Archivo publishes no " + resource);
        }
        if (NOT_SERVED.contains(resource)) {
            throw new SdmxNotImplementedException("Resource '" + resource + "' is not served by Archivo");
        }
        return ArtefactType.fromRestName(resource).map(Set::of)
                .orElseThrow(() -> new SdmxQuerySyntaxException("Unknown structure type '" + resource + "'"));
    }

    /** v1 {@code actualconstraint} and {@code allowedconstraint} name one role of content constraint. */
    private static ContentConstraint.Role constraintRole(String resource) {
        return switch (resource == null ? "" : resource) {
            case "actualconstraint" -> ContentConstraint.Role.ACTUAL;
            case "allowedconstraint" -> ContentConstraint.Role.ALLOWED;
            default -> null;
        };
    }

    private static List<String> list(String value, String any, String separator, Pattern pattern, String what) {
        if (value == null || value.equals(any)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : value.split(separator, -1)) {
            if (!pattern.matcher(v).matches()) {
                throw new SdmxQuerySyntaxException("Invalid " + what + " '" + value + "'");
            }
            out.add(v);
        }
        return List.copyOf(out);
    }

    private static List<String> versions(String value, String all, String latest, String latestStable,
            String separator, Pattern exact) {
        if (value == null) {
            return List.of(SdmxQuery.LATEST);
        }
        List<String> out = new ArrayList<>();
        for (String v : value.split(separator, -1)) {
            if (v.equals(all)) {
                out.add(SdmxQuery.ALL_VERSIONS);
            } else if (v.equals(latest) || v.equals(latestStable)) {
                out.add(SdmxQuery.LATEST);
            } else if (exact.matcher(v).matches()) {
                out.add(v);
            } else {
                throw new SdmxQuerySyntaxException("Invalid or unsupported version '" + value + "'");
            }
        }
        return List.copyOf(out);
    }

    private static List<String> itemIds(String value, String any, String separator, Set<ArtefactType> types) {
        if (value == null) {
            return List.of();
        }
        if (types.size() != 1 || !ITEM_SCHEMES.contains(types.iterator().next())) {
            throw new SdmxQuerySyntaxException("Item queries are only possible on codelist, conceptscheme, "
                    + "categoryscheme and agencyscheme");
        }
        return value.equals(any) ? List.of() : list(value, any, separator, ITEM, "itemID");
    }

    private static References references(String value, boolean v2) {
        if (value == null || value.isEmpty()) {
            return References.NONE;
        }
        String[] values = v2 ? value.split(",", -1) : new String[] {value};
        Set<References.Kind> kinds = EnumSet.noneOf(References.Kind.class);
        Set<ArtefactType> types = EnumSet.noneOf(ArtefactType.class);
        for (String v : values) {
            var kind = Arrays.stream(References.Kind.values())
                    .filter(k -> k.name().toLowerCase().equals(v) && (v2 || k != References.Kind.ANCESTORS))
                    .findFirst();
            if (kind.isPresent()) {
                kinds.add(kind.get());
            } else if (ArtefactType.fromRestName(v).isPresent()) {
                types.add(ArtefactType.fromRestName(v).get());
            } else if (v.equals(ORGANISATION_SCHEME)) {
                types.add(ArtefactType.AGENCY_SCHEME);
                types.add(ArtefactType.DATA_PROVIDER_SCHEME);
            } else if (CONSTRAINTS.contains(v)) {
                types.add(ArtefactType.CONTENT_CONSTRAINT);
            } else if (!NOT_SERVED.contains(v) && !NEVER_ANY.contains(v) || v.equals("data") || v.equals("schema") || v.equals("metadata")
                    || v.equals("availableconstraint")) {
                throw new SdmxQuerySyntaxException("Invalid references '" + value + "'");
            }
            // a valid type Archivo never publishes selects nothing
        }
        if (kinds.isEmpty() && types.isEmpty()) {
            kinds.add(References.Kind.NONE);
        }
        return new References(kinds, types);
    }

    private static Detail detail(String value, boolean v2) {
        if (value == null || value.isEmpty()) {
            return Detail.FULL;
        }
        return Detail.parse(value).filter(d -> v2 || d != Detail.RAW)
                .orElseThrow(() -> new SdmxQuerySyntaxException("Invalid detail '" + value + "'"));
    }
}
