package io.archivo.search;

/** One value of a facet and how many visible hits carry it. */
public record FacetCount(String value, long count) {
}
