package io.archivo.files;

/** The metadata of an upload (all optional but the name); {@code replaces} is the id of a file it replaces. */
public record UploadRequest(String name, String description, String accessLevel, String fileDscrId, String licence,
        Long replaces) {
}
