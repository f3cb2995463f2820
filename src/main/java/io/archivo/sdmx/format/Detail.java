package io.archivo.sdmx.format;

import java.util.Arrays;
import java.util.Optional;

/** The SDMX REST {@code detail} parameter of structure queries: how much of each returned artefact to write. */
public enum Detail {
    FULL("full"),
    ALLSTUBS("allstubs"),
    REFERENCESTUBS("referencestubs"),
    ALLCOMPLETESTUBS("allcompletestubs"),
    REFERENCECOMPLETESTUBS("referencecompletestubs"),
    REFERENCEPARTIAL("referencepartial"),
    /** v2 only; Archivo has no references by URN to keep raw, so it writes the same as {@link #FULL}. */
    RAW("raw");

    private final String value;

    Detail(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<Detail> parse(String s) {
        return Arrays.stream(values()).filter(d -> d.value.equals(s)).findFirst();
    }

    /** How an artefact that matched the query is written. */
    public Presentation forMatched() {
        return switch (this) {
            case ALLSTUBS -> Presentation.STUB;
            case ALLCOMPLETESTUBS -> Presentation.COMPLETE_STUB;
            default -> Presentation.FULL;
        };
    }

    /** How an artefact returned only because of {@code references} is written. */
    public Presentation forReferenced() {
        return switch (this) {
            case ALLSTUBS, REFERENCESTUBS -> Presentation.STUB;
            case ALLCOMPLETESTUBS, REFERENCECOMPLETESTUBS -> Presentation.COMPLETE_STUB;
            case REFERENCEPARTIAL -> Presentation.PARTIAL;
            default -> Presentation.FULL;
        };
    }
}
