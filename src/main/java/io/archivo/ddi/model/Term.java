package io.archivo.ddi.model;

/** A keyword or topic classification, with the controlled vocabulary it comes from, if any. */
public record Term(String value, String lang, String vocab, String vocabUri) {
}
