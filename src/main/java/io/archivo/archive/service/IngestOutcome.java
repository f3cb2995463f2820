package io.archivo.archive.service;

/** What an upload did: created a study, added a version to one, or found identical bytes already stored. */
public record IngestOutcome(Kind kind, String idno, int version) {

    public enum Kind {
        CREATED, NEW_VERSION, UNCHANGED
    }
}
