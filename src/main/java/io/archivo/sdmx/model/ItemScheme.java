package io.archivo.sdmx.model;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** A maintainable list of items (codelist, concept scheme, category scheme, agency scheme). */
public sealed interface ItemScheme<I extends Item> extends MaintainableArtefact
        permits AgencyScheme, DataProviderScheme, CategoryScheme, ConceptScheme, Codelist {

    List<I> items();

    /** A copy holding only the items the filter accepts, used for item queries and partial references. */
    ItemScheme<I> withItems(Predicate<String> keepItemId);

    @Override
    default Set<TypedRef> references() {
        return Set.of();
    }

    default String itemUrn(String itemId) {
        return type().itemUrn(ref(), itemId);
    }
}
