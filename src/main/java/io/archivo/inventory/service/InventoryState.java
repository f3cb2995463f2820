package io.archivo.inventory.service;

import java.time.Instant;

/**
 * How many processes there are and when the latest one changed (null when there are none): derived views (SDMX
 * structures) compare it to know when to re-read.
 */
public record InventoryState(long processes, Instant lastChange) {
}
