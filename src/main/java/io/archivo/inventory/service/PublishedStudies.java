package io.archivo.inventory.service;

import java.util.List;
import java.util.Set;

/**
 * What the inventory needs to know about the study archive, which lives in another capability and implements it
 * (so the inventory does not depend on the archive). Published studies are those the public may see.
 */
public interface PublishedStudies {

    /** Codes of the processes that have at least one published DDI study (study linked via {@code serName}). */
    Set<String> processCodesWithPublishedStudy();

    /** The published studies of one process, newest first; empty when it has none. */
    List<ProcessStudySummary> studiesOf(String processCode);

    /** Whether any study, published or not, belongs to the process (a process with studies cannot be deleted). */
    boolean hasStudies(String processCode);
}
