package io.archivo.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recogniser of the current frame for code that runs as plain objects outside CDI: the search engine builds its
 * index documents and queries without a container (also in its unit tests and benchmarks). {@link GeoAreaService}
 * keeps it current whenever it reads or publishes the frame; before the database has been read it is the frame as
 * first shipped, read from the very migration that created it ({@code V25__geo_area.sql}), so there is one source
 * of the codes and names.
 */
public final class CaliPlaces {

    static final String SHIPPED = "db/migration/V25__geo_area.sql";
    private static final Pattern ROW = Pattern.compile(
            "\\('([^']+)', '([^']+)', '([^']+)', '([^']+)', (NULL|'[^']*'), \\d+\\)");

    private static volatile AreaMatcher current = new AreaMatcher(shipped().areas());

    private CaliPlaces() {
    }

    /** The recogniser of the newest frame version known. */
    public static AreaMatcher matcher() {
        return current;
    }

    static void use(AreaMatcher matcher) {
        current = matcher;
    }

    /** Version 1.0 of the frame as its migration inserts it. */
    static AreaFrame shipped() {
        try (InputStream in = CaliPlaces.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is not on the class path");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<GeoArea> areas = new ArrayList<>();
            Matcher m = ROW.matcher(sql);
            while (m.find()) {
                String parent = m.group(5).equals("NULL") ? null : m.group(5).replace("'", "");
                areas.add(new GeoArea(m.group(2), m.group(3), m.group(4), parent));
            }
            return new AreaFrame("1.0", Instant.parse("2026-01-01T00:00:00Z"), areas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
