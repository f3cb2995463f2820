package io.archivo.search;

/** What a search returns: studies or variables. */
public enum SearchType {
    STUDY, VARIABLE;
}
