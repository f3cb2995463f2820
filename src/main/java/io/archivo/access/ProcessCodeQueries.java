package io.archivo.access;

/**
 * JPQL sub-selects of process codes, written by the owner of the processes (the inventory implements this), so
 * that {@link AccessPolicy} can state its rules as query conditions on studies without naming another capability's
 * entities. Each returns a complete {@code select <alias>.code from ...} that may stand inside {@code in (...)};
 * the alias keeps several sub-selects of one query apart.
 */
public interface ProcessCodeQueries {

    /** The codes of the processes whose classification is not {@code publica}. */
    String nonPublicProcessCodes(String alias);

    /** The codes of the processes of the departments bound to the named parameter (a collection of codes). */
    String processCodesOfDepartments(String alias, String departmentsParameter);
}
