package io.archivo.archive.catalogue;

import java.time.OffsetDateTime;

/**
 * A cheap fingerprint of every study: how many there are, the sum of their change counters and the latest change.
 * Any change to any study changes it, so derived views (SDMX structures) know when to re-read.
 *
 * @param revisionSum null when there are no studies
 * @param lastChange  null when there are no studies
 */
public record CatalogueState(long studies, Long revisionSum, OffsetDateTime lastChange) {
}
