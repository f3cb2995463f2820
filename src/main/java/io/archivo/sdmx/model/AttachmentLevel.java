package io.archivo.sdmx.model;

/** Where an attribute value is reported: once per data set, per series (the non-time dimensions), or per observation. */
public enum AttachmentLevel {
    DATASET,
    SERIES,
    OBSERVATION
}
