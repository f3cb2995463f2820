package io.archivo.archive.service;

/**
 * What an upload did: created a study, added a version to one, or found identical bytes already stored; and whether
 * that version is now the published one (only asked for by a bulk import with {@code publish=true}).
 */
public record IngestOutcome(Kind kind, String idno, int version, boolean published) {

    public IngestOutcome(Kind kind, String idno, int version) {
        this(kind, idno, version, false);
    }

    public enum Kind {
        CREATED, NEW_VERSION, UNCHANGED
    }
}
