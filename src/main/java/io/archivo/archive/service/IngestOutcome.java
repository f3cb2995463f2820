package io.archivo.archive.service;

import io.archivo.archive.api.dto.VersionView;

/**
 * What an upload did: created a study, added a version to one, or found identical bytes already stored; whether
 * that version is now the published one (only asked for by a bulk import with {@code publish=true}); and that
 * version as the uploader sees it ({@code view}), built from what the upload had in hand so that the answer does not
 * read back what was just written. An uploader manages the study, so nothing in it is hidden from them.
 */
public record IngestOutcome(Kind kind, String idno, int version, boolean published, VersionView view) {

    public enum Kind {
        CREATED, NEW_VERSION, UNCHANGED
    }
}
