package io.archivo.ddi.model;

/** A data file described in {@code fileDscr}. */
public record DataFile(String id, String name, Long caseCount, Long variableCount) {
}
