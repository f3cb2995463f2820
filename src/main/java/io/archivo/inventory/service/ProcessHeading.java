package io.archivo.inventory.service;

import io.archivo.common.organisation.Department;
import io.archivo.inventory.domain.ProcessType;

/**
 * What names a process where it is cited (a study's description, a harvested record): its code and name, department,
 * thematic area and type; null where a stored code is unknown. One row, without the norms and the rest of the sheet.
 */
public record ProcessHeading(String code, String name, Department department, String thematicArea, ProcessType type) {
}
