package io.archivo.inventory.importer;

/**
 * Protection against CSV/formula injection (OWASP): a cell that starts with {@code = + - @}, a tab or a carriage
 * return would be evaluated by a spreadsheet as a formula, so exported cells get a leading apostrophe, which
 * spreadsheets read as "this is text". The importer removes that apostrophe again so that export → import
 * returns the original value.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    public static boolean isDangerous(String value) {
        return value != null && !value.isEmpty() && TRIGGERS.indexOf(value.charAt(0)) >= 0;
    }

    public static String guard(String value) {
        return isDangerous(value) ? "'" + value : value;
    }

    public static String unguard(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && isDangerous(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }
}
