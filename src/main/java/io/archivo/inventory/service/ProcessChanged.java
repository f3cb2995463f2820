package io.archivo.inventory.service;

/**
 * Fired (synchronously, inside the writing transaction) when a process is created, changed, reclassified or
 * deleted, so that the archive can re-derive the visibility of the process's studies (department, classification).
 */
public record ProcessChanged(String code) {
}
