package io.archivo.sdmx.model;

import java.util.Objects;
import java.util.Set;

/** That a data provider ({@code providerId} of the scheme {@code providerScheme}) provides a dataflow's data. */
public record ProvisionAgreement(ArtefactRef ref, LocalisedText name, LocalisedText description,
        ArtefactRef dataflow, ArtefactRef providerScheme, String providerId) implements MaintainableArtefact {

    public ProvisionAgreement {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        description = description == null ? LocalisedText.EMPTY : description;
        Objects.requireNonNull(dataflow, "dataflow");
        Objects.requireNonNull(providerScheme, "providerScheme");
        Objects.requireNonNull(providerId, "providerId");
    }

    @Override
    public ArtefactType type() {
        return ArtefactType.PROVISION_AGREEMENT;
    }

    @Override
    public Set<TypedRef> references() {
        return Set.of(new TypedRef(ArtefactType.DATAFLOW, dataflow),
                new TypedRef(ArtefactType.DATA_PROVIDER_SCHEME, providerScheme));
    }

    public String providerUrn() {
        return ArtefactType.DATA_PROVIDER_SCHEME.itemUrn(providerScheme, providerId);
    }
}
