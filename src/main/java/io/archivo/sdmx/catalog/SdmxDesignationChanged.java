package io.archivo.sdmx.catalog;

/**
 * Fired inside the writing transaction when a process's SDMX designation is set: the structures derived from it
 * (its DSD, the data side's view of the dataflow) are out of date once it commits.
 */
public record SdmxDesignationChanged(String processCode) {
}
