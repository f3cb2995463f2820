package io.archivo.ddi.model;

/** A person or organisation named by the document (authoring entity, producer, distributor). */
public record Party(String name, String affiliation, String abbreviation, String role) {
}
