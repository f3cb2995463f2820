package io.archivo.sdmx.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One media range of an {@code Accept} header with the two parameters SDMX content negotiation reads: the
 * {@code version} of an SDMX media type and the quality {@code q} (a malformed q counts as 0). Null for an empty range.
 */
public record MediaRange(String type, String version, double q) {

    /** The ranges of an {@code Accept} header that accept something, highest q first, then in header order. */
    public static List<MediaRange> acceptable(String accept) {
        List<MediaRange> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            MediaRange r = parse(part);
            if (r != null && r.q() > 0) {
                ranges.add(r);
            }
        }
        ranges.sort(Comparator.comparingDouble((MediaRange r) -> -r.q()));
        return ranges;
    }

    public static MediaRange parse(String text) {
        String[] parts = text.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            return null;
        }
        String version = null;
        double q = 1;
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            String key = kv[0].strip().toLowerCase(Locale.ROOT);
            String value = kv[1].strip().replace("\"", "");
            if (key.equals("version")) {
                version = value;
            } else if (key.equals("q")) {
                try {
                    q = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    q = 0;
                }
            }
        }
        return new MediaRange(type, version, q);
    }
}
