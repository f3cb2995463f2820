package io.archivo.inventory.service;

/** A plan indicator with its baseline, its target and its value computed from the current inventory. */
public record Indicator(String id, String name, String unit, int baseline, int target, int current) {
}
