package io.archivo.geo;

import io.archivo.access.Caller;
import io.archivo.common.problem.ProblemException;
import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Text;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cali's geographic frame, the public face of the {@code geo} capability: the published versions of the area
 * codelist {@code CL_AREA_CALI} and the admins' way to publish a new one (the old versions stay, so data coded
 * against them keeps its meaning).
 */
@ApplicationScoped
public class GeoAreaService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_@$\\-]{1,50}");
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,4}(\\.[0-9]{1,4}){1,2}");
    private static final Set<String> KINDS = Set.of(GeoArea.MUNICIPIO, GeoArea.COMUNA, GeoArea.CORREGIMIENTO,
            GeoArea.ZONA, GeoArea.ESPECIAL);

    private final EntityManager em;
    private final Event<FrameChanged> frameChanged;
    private volatile List<AreaFrame> cache;
    private volatile AreaMatcher matcher;

    GeoAreaService(EntityManager em, Event<FrameChanged> frameChanged) {
        this.em = em;
        this.frameChanged = frameChanged;
    }

    /** Reads the frame at start-up, so that search's recogniser ({@link CaliPlaces}) follows the database's. */
    void onStart(@Observes StartupEvent event) {
        versions();
    }

    /** The recogniser of the newest version. */
    public AreaMatcher matcher() {
        versions();
        return matcher;
    }

    /**
     * The areas a study covers and the values that named none, by the one rule of {@link AreaMatcher#coverage}:
     * its {@code geogCover} and {@code geogUnit} values and its titles (alternative and parallel ones too).
     */
    public AreaCoverage coverage(StudyDescription d) {
        if (d == null) {
            return AreaCoverage.NONE;
        }
        List<String> titles = Stream.of(d.titles(), d.alternativeTitles(), d.parallelTitles()).flatMap(List::stream)
                .map(Text::value).toList();
        return matcher().coverage(d.geographicCoverage().stream().map(Text::value).toList(),
                d.geographicUnits().stream().map(Text::value).toList(), titles);
    }

    /** Every published version, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaFrame> versions() {
        List<AreaFrame> c = cache;
        if (c == null) {
            c = load();
            matcher = c.get(c.size() - 1).matcher();
            CaliPlaces.use(matcher);
            cache = c;
        }
        return c;
    }

    /** The newest version. */
    public AreaFrame current() {
        List<AreaFrame> all = versions();
        return all.get(all.size() - 1);
    }

    public Optional<AreaFrame> version(String version) {
        return versions().stream().filter(f -> f.version().equals(version)).findFirst();
    }

    /**
     * Publishes a new version (admins only). The version must be higher than the current one; codes must be SDMX
     * ids and unique; kinds municipio, comuna,
     * corregimiento, zona or especial; parents must be codes of the same version.
     */
    @Transactional
    public AreaFrame publish(Caller caller, String version, List<GeoArea> areas) {
        if (!caller.isAdmin()) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only admins publish the geographic frame");
        }
        List<String> problems = new ArrayList<>();
        if (version == null || !VERSION.matcher(version).matches()) {
            problems.add("version must look like 1.1 or 2.0.0");
        } else if (compare(version, current().version()) <= 0) {
            problems.add("version " + version + " is not higher than the current " + current().version());
        }
        if (areas == null || areas.isEmpty()) {
            problems.add("at least one area is required");
        }
        Set<String> codes = new HashSet<>();
        List<GeoArea> list = areas == null ? List.of() : areas;
        for (int i = 0; i < list.size(); i++) {
            GeoArea a = list.get(i);
            if (a == null || a.code() == null || !CODE.matcher(a.code()).matches()) {
                problems.add("areas[" + i + "].code must be an SDMX id ([A-Za-z0-9_@$-], at most 50)");
                continue;
            }
            if (!codes.add(a.code())) {
                problems.add("areas[" + i + "].code '" + a.code() + "' is repeated");
            }
            if (a.name() == null || a.name().isBlank() || a.name().length() > 200) {
                problems.add("areas[" + i + "].name is required (at most 200 characters)");
            }
            if (!KINDS.contains(a.kind())) {
                problems.add("areas[" + i + "].kind must be one of " + KINDS);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            GeoArea a = list.get(i);
            if (a != null && a.parent() != null && !codes.contains(a.parent())) {
                problems.add("areas[" + i + "].parent '" + a.parent() + "' is not a code of this version");
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("geo-frame-invalid", "Invalid geographic frame",
                    String.join("; ", problems)).with("problems", problems);
        }
        if (version(version).isPresent()) {
            throw ProblemException.conflict("geo-version-exists", "Version exists", "Version " + version + " exists");
        }
        em.createNativeQuery("insert into geo_area_version (version, published_at, published_by) values (?1, ?2, ?3)")
                .setParameter(1, version).setParameter(2, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(3, caller.name()).executeUpdate();
        int position = 0;
        for (GeoArea a : list) {
            em.createNativeQuery("insert into geo_area (version, code, name, kind, parent, position)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, version).setParameter(2, a.code()).setParameter(3, a.name().strip())
                    .setParameter(4, a.kind()).setParameter(5, a.parent()).setParameter(6, position++)
                    .executeUpdate();
        }
        em.flush();
        cache = null;
        versions(); // the new version's recogniser, for search too, from now on
        frameChanged.fire(new FrameChanged(version));
        return new AreaFrame(version, Instant.now(), list);
    }

    @SuppressWarnings("unchecked")
    private List<AreaFrame> load() {
        List<Object[]> versions = em.createNativeQuery("select version, published_at from geo_area_version")
                .getResultList();
        List<Object[]> rows = em.createNativeQuery(
                "select version, code, name, kind, parent from geo_area order by version, position").getResultList();
        List<AreaFrame> out = new ArrayList<>();
        for (Object[] v : versions) {
            String version = (String) v[0];
            List<GeoArea> areas = rows.stream().filter(r -> version.equals(r[0]))
                    .map(r -> new GeoArea((String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
            out.add(new AreaFrame(version, instant(v[1]), areas));
        }
        out.sort(Comparator.comparing(AreaFrame::version, GeoAreaService::compare));
        return List.copyOf(out);
    }

    private static Instant instant(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return Instant.EPOCH;
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i]) : 0;
            int q = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }
}
