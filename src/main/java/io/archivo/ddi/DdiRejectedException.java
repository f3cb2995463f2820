package io.archivo.ddi;

/**
 * A document the archive will not take, with the reason, a human explanation and, where the parser knows it,
 * the line and column (1-based; -1 when unknown) so the API can point the depositor at the problem.
 */
public class DdiRejectedException extends RuntimeException {

    /** Why a document was rejected, with the HTTP status an API should answer with. */
    public enum Reason {
        /** Not XML at all, or broken XML. */
        NOT_WELL_FORMED(400, "The document is not well-formed XML"),
        /** Well-formed XML of another kind: the root is neither codeBook nor an OAI-PMH response holding one. */
        NOT_A_CODEBOOK(415, "The document is not a DDI Codebook"),
        /** The study cannot be identified: no stdyDscr (nor docDscr) citation IDNo. */
        MISSING_IDNO(422, "The codebook has no study identifier (IDNo)"),
        /** The study has no title in stdyDscr/citation/titlStmt/titl. */
        MISSING_TITLE(422, "The codebook has no study title"),
        /** External entities, or entity expansion or nesting beyond the safety limits. */
        UNSAFE_XML(400, "The document uses XML features that are refused for safety"),
        /** Larger than the configured limit; checked by the caller before reading. */
        TOO_LARGE(413, "The document is larger than the archive accepts");

        private final int httpStatus;
        private final String title;

        Reason(int httpStatus, String title) {
            this.httpStatus = httpStatus;
            this.title = title;
        }

        /** The suggested status of an RFC 9457 problem response for this reason. */
        public int httpStatus() {
            return httpStatus;
        }

        /** A short, stable summary, fit for the problem {@code title}. */
        public String title() {
            return title;
        }

        /** A slug for the problem {@code type} URI, e.g. {@code ddi-missing-idno}. */
        public String slug() {
            return "ddi-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final String detail;
    private final int line;
    private final int column;

    public DdiRejectedException(Reason reason, String detail, int line, int column) {
        super(reason.title() + ": " + detail + (line > 0 ? " (line " + line + ", column " + column + ")" : ""));
        this.reason = reason;
        this.detail = detail;
        this.line = line;
        this.column = column;
    }

    public DdiRejectedException(Reason reason, String detail) {
        this(reason, detail, -1, -1);
    }

    public Reason reason() {
        return reason;
    }

    /** A sentence for the depositor, fit for the problem {@code detail}. */
    public String detail() {
        return detail;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }
}
