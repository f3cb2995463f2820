package io.archivo.archive.service;

/**
 * Fired (after commit) whenever a study gains a version, is published, withdrawn or reclassified, so that derived
 * views (the search index, SDMX structures) catch up. Observers read the current state from the database.
 *
 * @param publicChange whether what the public may see changed (publication, withdrawal, classification): such
 *                     changes must show in search at once; a new draft may be indexed a moment later
 */
public record StudyChanged(String idno, boolean publicChange) {
}
