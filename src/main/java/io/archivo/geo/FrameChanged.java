package io.archivo.geo;

/**
 * Fired inside the publishing transaction when an admin publishes a new version of the geographic frame: what is
 * derived from a study's areas (names on pages, kept page models) is out of date once it commits.
 */
public record FrameChanged(String version) {
}
