package io.archivo.inventory.service;

/** How many processes the inventory holds and how many departments own at least one. */
public record InventoryCounts(long processes, long departments) {
}
