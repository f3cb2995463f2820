package io.archivo.sdmx.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of a maintainable artefact: maintenance agency, id and version. The one place that knows the
 * {@code AGENCY:ID(VERSION)} syntax used in URNs and by the REST API, so parsing and printing round-trip.
 */
public record ArtefactRef(String agency, String id, String version) implements Comparable<ArtefactRef> {

    private static final Pattern SYNTAX = Pattern.compile("([^:()]+):([^:()]+)\\(([^:()]+)\\)");

    public ArtefactRef {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    public static ArtefactRef of(String agency, String id, String version) {
        return new ArtefactRef(agency, id, version);
    }

    /** Parses {@code AGENCY:ID(VERSION)}; throws IllegalArgumentException on anything else. */
    public static ArtefactRef parse(CharSequence text) {
        Matcher m = SYNTAX.matcher(Objects.requireNonNull(text, "text"));
        if (!m.matches()) {
            throw new IllegalArgumentException("Not an artefact reference AGENCY:ID(VERSION): " + text);
        }
        return new ArtefactRef(m.group(1), m.group(2), m.group(3));
    }

    @Override
    public String toString() {
        return agency + ":" + id + "(" + version + ")";
    }

    /** Orders by agency, id, then version compared numerically part by part (so 10.0 comes after 9.0). */
    @Override
    public int compareTo(ArtefactRef o) {
        int c = agency.compareTo(o.agency);
        if (c == 0) {
            c = id.compareTo(o.id);
        }
        return c != 0 ? c : compareVersions(version, o.version);
    }

    public static int compareVersions(String a, String b) {
        String[] pa = a.split("[.-]");
        String[] pb = b.split("[.-]");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            String x = i < pa.length ? pa[i] : "0";
            String y = i < pb.length ? pb[i] : "0";
            int c = x.matches("\\d+") && y.matches("\\d+")
                    ? Long.compare(Long.parseLong(x), Long.parseLong(y))
                    : x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
