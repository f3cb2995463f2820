package io.archivo.ddi;

import java.util.List;

/**
 * What schema validation said about a document. Findings are kept in document order up to
 * {@link #MAX_FINDINGS}; beyond that only their number is kept ({@code truncated}), so a pathological file cannot
 * exhaust memory while the depositor still learns how much is wrong.
 *
 * @param schemaAvailable whether a schema was installed, i.e. whether validation took place at all
 * @param schema          the schema used, e.g. "DDI Codebook 2.5.1 (codebook.xsd)"; null when none
 * @param note            one plain sentence on what was done (or why not)
 * @param findings        schema errors with their position, never silently dropped
 * @param truncated       how many findings were counted beyond {@link #MAX_FINDINGS} and not kept
 */
public record ValidationReport(boolean schemaAvailable, String schema, String note, List<Finding> findings,
        int truncated) {

    public static final int MAX_FINDINGS = 1_000;

    /** A schema error at a 1-based position (-1 when unknown). */
    public record Finding(int line, int column, String message) {
    }

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    /** A report for a document that could not be validated because no schema is installed. */
    public static ValidationReport notValidated(String note) {
        return new ValidationReport(false, null, note, List.of(), 0);
    }

    /** Validated, and the schema found nothing. */
    public boolean valid() {
        return schemaAvailable && findings.isEmpty() && truncated == 0;
    }

    /** All findings, counting those beyond the cap. */
    public int findingCount() {
        return findings.size() + truncated;
    }
}
