package io.archivo.inventory.service;

/**
 * A published study as shown next to its process.
 *
 * @param id    the archive's identifier of the study (for links)
 * @param idno  the DDI {@code IDNo}, e.g. {@code CALI-SAL-01-2023}
 * @param year  the first year of the time period covered, when known
 */
public record ProcessStudySummary(String id, String idno, String title, Integer year) {
}
