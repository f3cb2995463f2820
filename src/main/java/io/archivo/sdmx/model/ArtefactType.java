package io.archivo.sdmx.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of maintainable artefacts Archivo publishes, with the names SDMX uses for them in REST paths
 * ({@code restName}) and in URNs ({@code urnPackage}.{@code urnClass}, items {@code itemUrnClass}).
 */
public enum ArtefactType {
    AGENCY_SCHEME("agencyscheme", "base", "AgencyScheme", "Agency"),
    /** The agency's one scheme of data providers (derived from the data, like constraints and agreements). */
    DATA_PROVIDER_SCHEME("dataproviderscheme", "base", "DataProviderScheme", "DataProvider"),
    CATEGORY_SCHEME("categoryscheme", "categoryscheme", "CategoryScheme", "Category"),
    CONCEPT_SCHEME("conceptscheme", "conceptscheme", "ConceptScheme", "Concept"),
    CODELIST("codelist", "codelist", "Codelist", "Code"),
    DATA_STRUCTURE("datastructure", "datastructure", "DataStructure", null),
    DATAFLOW("dataflow", "datastructure", "Dataflow", null),
    CATEGORISATION("categorisation", "categoryscheme", "Categorisation", null),
    /** Only actual constraints: the availability of a dataflow's data (structure queries and availability). */
    CONTENT_CONSTRAINT("contentconstraint", "registry", "ContentConstraint", null),
    PROVISION_AGREEMENT("provisionagreement", "registry", "ProvisionAgreement", null);

    private final String restName;
    private final String urnPackage;
    private final String urnClass;
    private final String itemUrnClass;

    ArtefactType(String restName, String urnPackage, String urnClass, String itemUrnClass) {
        this.restName = restName;
        this.urnPackage = urnPackage;
        this.urnClass = urnClass;
        this.itemUrnClass = itemUrnClass;
    }

    public String restName() {
        return restName;
    }

    public String urnPackage() {
        return urnPackage;
    }

    public String urnClass() {
        return urnClass;
    }

    /** Organisation schemes have a fixed id and version, are never final (2.1) and unversioned in 3.0. */
    public boolean isOrganisationScheme() {
        return this == AGENCY_SCHEME || this == DATA_PROVIDER_SCHEME;
    }

    public boolean isItemScheme() {
        return itemUrnClass != null;
    }

    public String urn(ArtefactRef ref) {
        return "urn:sdmx:org.sdmx.infomodel." + urnPackage + "." + urnClass + "=" + ref;
    }

    public String itemUrn(ArtefactRef scheme, String itemId) {
        if (itemUrnClass == null) {
            throw new IllegalStateException(this + " has no items");
        }
        return "urn:sdmx:org.sdmx.infomodel." + urnPackage + "." + itemUrnClass + "=" + scheme + "." + itemId;
    }

    public static Optional<ArtefactType> fromRestName(String name) {
        return Arrays.stream(values()).filter(t -> t.restName.equals(name)).findFirst();
    }
}
