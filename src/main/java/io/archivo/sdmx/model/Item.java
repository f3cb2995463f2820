package io.archivo.sdmx.model;

/** An item of an item scheme: a code, concept, category or agency. */
public sealed interface Item permits Agency, DataProvider, Category, Concept, Code {

    String id();

    LocalisedText name();

    LocalisedText description();
}
