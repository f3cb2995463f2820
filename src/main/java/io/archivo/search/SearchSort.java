package io.archivo.search;

/** Result order. {@code YEAR} is newest first; {@code TITLE} is alphabetical, ignoring case and accents. */
public enum SearchSort {
    RELEVANCE, TITLE, YEAR;
}
