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

    /**
     * Resources of the specs that are not structure queries (routed to the data side, or not served): valid syntax,
     * answered with 501 when they reach the structure parser.
     */
    private static final Set<String> NOT_SERVED = Set.of("data", "availableconstraint", "metadata", "schema");

    /**
     * Structure types of SDMX REST v1.5 and v2.2 (and SDMX 3.0) Archivo has none of: a query for them finds nothing
     * (404, error 100), and as a {@code references} value they add nothing.
     */
    private static final Set<String> NEVER_ANY = Set.of("metadatastructure", "metadataflow", "hierarchicalcodelist",
            "structureset", "process", "attachmentconstraint", "metadataconstraint", "hierarchy",
            "hierarchyassociation", "dataconsumerscheme", "organisationunitscheme", "metadataproviderscheme",
            "transformationscheme", "rulesetscheme", "userdefinedoperatorscheme", "customtypescheme",
            "namepersonalisationscheme", "namealiasscheme", "vtlmappingscheme", "valuelist", "reportingtaxonomy",
            "structuremap", "representationmap", "conceptschememap", "categoryschememap", "organisationschememap",
            "reportingtaxonomymap", "metadataprovisionagreement", "geographiccodelist", "geogridcodelist");

    /**
     * Archivo's constraints are data constraints, actual and allowed: v1 contentconstraint (both), actualconstraint,
     * allowedconstraint; v2 dataconstraint (both).
     */
    private static final Set<String> CONSTRAINTS = Set.of("contentconstraint", "actualconstraint", "allowedconstraint",
            "dataconstraint");

    /** {@code organisationscheme} stands for every organisation scheme: the agency and the data provider scheme. */
    private static final String ORGANISATION_SCHEME = "organisationscheme";

    private static final Set<ArtefactType> ITEM_SCHEMES = Set.copyOf(EnumSet.of(ArtefactType.CODELIST,
            ArtefactType.CONCEPT_SCHEME, ArtefactType.CATEGORY_SCHEME, ArtefactType.AGENCY_SCHEME,
            ArtefactType.DATA_PROVIDER_SCHEME));

    private SdmxQueryParser() {
    }

    private static final Pattern COMPONENT_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]*");
    private static final Set<String> V1_SCHEMA_CONTEXTS = Set.of("datastructure", "metadatastructure", "dataflow",
            "metadataflow", "provisionagreement");
    private static final Set<String> V2_SCHEMA_CONTEXTS = Set.of("datastructure", "metadatastructure", "dataflow",
            "metadataflow", "provisionagreement", "metadataprovisionagreement");

    /**
     * A schema query ({@code /schema/{context}/{agencyID}/{resourceID}/{version}}): its syntax checked (400), then
     * not implemented (501): Archivo does not generate XML schemas of its structures. {@code flag} is v1's
     * {@code explicitMeasure} or v2's {@code deletion}, a boolean.
     */
    static void schema(ApiVersion api, String context, String agencyID, String resourceID, String version,
            String dimensionAtObservation, String flagName, String flag) {
        boolean v2 = api == ApiVersion.V2;
        if (!(v2 ? V2_SCHEMA_CONTEXTS : V1_SCHEMA_CONTEXTS).contains(context)) {
            throw new SdmxQuerySyntaxException("Invalid schema context '" + context + "'");
        }
        list(agencyID, null, "\\+", AGENCY, "agencyID");
        list(resourceID, null, "\\+", ID, "resourceID");
        if (version != null && !(v2 ? version.equals("~") || version.equals("+") || V2_VERSION.matcher(version).matches()
                : version.equals("latest") || V1_VERSION.matcher(version).matches())) {
            throw new SdmxQuerySyntaxException("Invalid version '" + version + "'");
        }
        if (dimensionAtObservation != null && !COMPONENT_ID.matcher(dimensionAtObservation).matches()) {
            throw new SdmxQuerySyntaxException("Invalid dimensionAtObservation '" + dimensionAtObservation + "'");
        }
        bool(flagName, flag);
        throw new SdmxNotImplementedException("schema queries: Archivo does not generate XML schemas");
    }

    /**
     * A v2 reference metadata query ({@code /metadata/structure|metadataflow|metadataset/...}): {@code detail}
     * checked (full or allstubs), then no results: Archivo holds no reference metadata.
     */
    static void metadata(String kind, String detail) {
        if (!Set.of("structure", "metadataflow", "metadataset").contains(kind)) {
            throw new SdmxQuerySyntaxException("Invalid metadata query '" + kind + "'");
        }
        if (detail != null && !detail.equals("full") && !detail.equals("allstubs")) {
            throw new SdmxQuerySyntaxException("Invalid detail '" + detail + "' (full or allstubs)");
        }
        throw new SdmxNoResultsException("Archivo holds no reference metadata");
    }

    /**
     * A v2 registration query ({@code /registration/id|provider|{context}/...}) with {@code updatedBefore} and
     * {@code updatedAfter} (ISO 8601 date-times) checked, then no results: Archivo holds no registrations.
     */
    static void registration(String kind, String updatedBefore, String updatedAfter) {
        if (!Set.of("id", "provider", "datastructure", "dataflow", "provisionagreement", "*").contains(kind)) {
            throw new SdmxQuerySyntaxException("Invalid registration query '" + kind + "'");
        }
        dateTime("updatedBefore", updatedBefore);
        dateTime("updatedAfter", updatedAfter);
        throw new SdmxNoResultsException("Archivo holds no registrations");
    }

    /** A boolean query parameter: absent, {@code true} or {@code false}; anything else is a syntax error. */
    static boolean bool(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new SdmxQuerySyntaxException(name + " must be true or false, not '" + value + "'");
    }

    private static void dateTime(String name, String value) {
        if (value == null) {
            return;
        }
        String v = value.replace(' ', '+'); // an unencoded + in an offset arrives as a space
        try {
            java.time.OffsetDateTime.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            try {
                java.time.LocalDateTime.parse(v);
            } catch (java.time.format.DateTimeParseException e2) {
                throw new SdmxQuerySyntaxException(name + " must be an ISO 8601 date-time, not '" + value + "'");
            }
        }
    }

    static SdmxQuery v1(String resource, String agencyID, String resourceID, String version, String itemID,
            String references, String detail) {
        References refs = references(references, false);
        Detail d = detail(detail, false);
        Set<ArtefactType> types = resourceTypes(resource, "structure");
        List<String> agencies = list(agencyID, "all", "\\+", AGENCY, "agencyID");
        List<String> ids = list(resourceID, "all", "\\+", ID, "resourceID");
        List<String> versions = versions(version, "all", "latest", null, "\\+", V1_VERSION);
        List<String> items = itemIds(itemID, "all", "\\+", types, isNothing(resource));
        nothingOf(resource);
        return new SdmxQuery(ApiVersion.V1, types, agencies, ids, versions, items, refs, d, constraintRole(resource));
    }

    static SdmxQuery v2(String type, String agencyID, String resourceID, String version, String itemID,
            String references, String detail) {
        References refs = references(references, true);
        Detail d = detail(detail, true);
        Set<ArtefactType> types = resourceTypes(type, "*");
        if (itemID != null && types.isEmpty() && !isNothing(type)) {
            types = ITEM_SCHEMES; // v2 item queries may name any item scheme type (*)
        }
        List<String> agencies = list(agencyID, "*", ",", AGENCY, "agencyID");
        List<String> ids = list(resourceID, "*", ",", ID, "resourceID");
        List<String> versions = versions(version, "*", "~", "+", ",", V2_VERSION);
        List<String> items = itemIds(itemID, "*", ",", types, isNothing(type));
        nothingOf(type);
        return new SdmxQuery(ApiVersion.V2, types, agencies, ids, versions, items, refs, d, null);
    }

    /** After the syntax is checked: a valid query for a type Archivo has none of finds nothing. */
    private static void nothingOf(String type) {
        if (isNothing(type)) {
            throw new SdmxNoResultsException("Archivo publishes no " + type);
        }
    }

    private static boolean isNothing(String type) {
        return type != null && NEVER_ANY.contains(type);
    }

    /** The types a resource names; empty for any type and for the types Archivo has none of (see nothingOf). */
    private static Set<ArtefactType> resourceTypes(String resource, String any) {
        if (resource == null || resource.equals(any) || NEVER_ANY.contains(resource)) {
            return Set.of();
        }
        if (resource.equals(ORGANISATION_SCHEME)) {
            return Set.of(ArtefactType.AGENCY_SCHEME, ArtefactType.DATA_PROVIDER_SCHEME);
        }
        if (CONSTRAINTS.contains(resource)) {
            return Set.of(ArtefactType.CONTENT_CONSTRAINT);
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

    /**
     * Item ids of an item query: only on item schemes (organisationscheme names two, v2's {@code *} all of them),
     * or on a type Archivo has none of ({@code nothing}), whose query finds nothing anyway.
     */
    private static List<String> itemIds(String value, String any, String separator, Set<ArtefactType> types,
            boolean nothing) {
        if (value == null) {
            return List.of();
        }
        if (!nothing && (types.isEmpty() || !ITEM_SCHEMES.containsAll(types))) {
            throw new SdmxQuerySyntaxException("Item queries are only possible on item schemes (codelist, "
                    + "conceptscheme, categoryscheme, agencyscheme, dataproviderscheme, organisationscheme)");
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
            } else if (!NEVER_ANY.contains(v)) {
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
