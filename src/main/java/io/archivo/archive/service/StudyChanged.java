package io.archivo.archive.service;

/**
 * Fired (after commit) whenever a study gains a version, is published, withdrawn or reclassified, so that derived
 * views (the search index, SDMX structures) catch up. Observers read the current state from the database.
 */
public record StudyChanged(String idno) {
}
