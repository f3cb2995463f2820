package io.archivo.inventory.domain;

import io.archivo.access.ProcessCodeQueries;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The inventory's answer to {@link ProcessCodeQueries}: the one place outside {@link ProcessRepository} that writes
 * JPQL on {@link StatisticalProcess}, so that other capabilities' queries never name the entity themselves.
 */
@ApplicationScoped
public class ProcessCodeSubqueries implements ProcessCodeQueries {

    @Override
    public String nonPublicProcessCodes(String alias) {
        return "select " + alias + ".code from StatisticalProcess " + alias + " where " + alias
                + ".classification <> 'publica'";
    }

    @Override
    public String processCodesOfDepartments(String alias, String departmentsParameter) {
        return "select " + alias + ".code from StatisticalProcess " + alias + " where " + alias + ".department in :"
                + departmentsParameter;
    }
}
