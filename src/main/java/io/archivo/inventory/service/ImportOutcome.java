package io.archivo.inventory.service;

/** What an applied import changed. */
public record ImportOutcome(int created, int updated, int total) {
}
