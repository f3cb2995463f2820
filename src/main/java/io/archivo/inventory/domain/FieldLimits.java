package io.archivo.inventory.domain;

import io.archivo.common.organisation.Codes;

/** Column sizes of {@code V2__inventory.sql}; validation checks them so that users get a 422, not a database error. */
public final class FieldLimits {

    public static final int CODE = 32;
    public static final int NAME = 300;
    public static final int SHORT_TEXT = 200;
    public static final int TEXT = 500;
    public static final int LONG_TEXT = 2000;
    public static final int NORM = 300;

    /** Codes are short, upper-case and URL- and DDI-ID-safe, e.g. {@code SAL-01}. */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*";

    private FieldLimits() {
    }
}
