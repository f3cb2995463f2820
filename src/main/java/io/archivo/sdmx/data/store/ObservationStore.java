package io.archivo.sdmx.data.store;

import io.archivo.common.problem.ProblemException;
import io.archivo.sdmx.data.Observation;
import io.archivo.sdmx.data.TimePeriod;
import io.archivo.sdmx.data.query.DataSelection;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The observations table ({@code sdmx_observation}, V50) through plain JDBC: loads are batched in one transaction
 * (all or nothing), and queries stream rows in series order with a fetch size, so an answer of any size is
 * written in constant memory. Plain JDBC rather than JPA: millions of rows must not become managed entities.
 */
@ApplicationScoped
public class ObservationStore {

    public static final String OBS_STATUS = "OBS_STATUS";
    private static final int BATCH = 1000;
    /**
     * What a stream reads: only the columns the answers emit (updated_at filters, it is never written out). The
     * dimension values come from {@code series_key}, not from {@code d1}..{@code d10}: the driver decodes every
     * column of every row, and the seven dimension cells were about half of the bytes it allocated for a
     * 1,000-observation key query, for values that change once per series (SdmxDataBenchmark).
     */
    private static final String COLUMNS = "series_key, period, period_start, obs_value, obs_status, attributes";

    private final AgroalDataSource dataSource;
    /** Whether the database is H2 (known after the first stream). */
    private volatile Boolean h2;

    ObservationStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a load does to the stored observations (the SDMX dataset actions). */
    public enum Action {
        /** add new observations; one that already exists is a conflict */
        APPEND,
        /** add or overwrite observations with the same series key and period */
        REPLACE,
        /** remove observations by series key and period (a row without period removes the whole series) */
        DELETE
    }

    /** A flow's state for validators: the newest load's id and time (null when never loaded). */
    public record FlowState(long lastLoadId, Instant lastLoadAt) {
    }

    /** Applies one load atomically and returns its id. */
    public long apply(String dataflow, String processCode, Action action, List<Observation> rows, boolean published,
            String loadedBy) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Instant now = Instant.now();
                long loadId = insertLoad(c, dataflow, processCode, action.name(), rows.size(), published, loadedBy, now);
                if (action != Action.APPEND) {
                    if (!published) {
                        refusePublishedTargets(c, dataflow, rows);
                    }
                    delete(c, dataflow, rows);
                }
                if (action != Action.DELETE) {
                    insert(c, dataflow, rows, loadId, published, now);
                }
                c.commit();
                return loadId;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw ProblemException.conflict("observation-exists", "Observation already stored",
                        "At least one observation of this load already exists (same series key and period); "
                                + "use action=Replace to overwrite");
            }
            throw new IllegalStateException("Cannot store observations", e);
        }
    }

    /** Publishes a flow's draft observations; returns how many. */
    public int publish(String dataflow, String processCode, String by) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Instant now = Instant.now();
                int n;
                try (PreparedStatement ps = c.prepareStatement("update sdmx_observation set published = true, updated_at = ?"
                        + " where dataflow = ? and published = false")) {
                    ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    ps.setString(2, dataflow);
                    n = ps.executeUpdate();
                }
                insertLoad(c, dataflow, processCode, "PUBLISH", n, true, by, now);
                c.commit();
                return n;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot publish observations", e);
        }
    }

    public FlowState state(String dataflow) {
        String sql = "select id, loaded_at from sdmx_data_load where dataflow = ? order by id desc";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, dataflow);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new FlowState(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant())
                        : new FlowState(0, null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String dataflow) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from sdmx_observation where dataflow = ?")) {
            ps.setString(1, dataflow);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A flow's state for validators and whether any observation matches a selection. */
    public record QueryState(FlowState flow, boolean matches) {
    }

    /**
     * {@link #state} and whether a selection matches anything (stops at the first row) in one statement: a data query needs both before it answers (validators,
     * then the 404 for no results), and as two statements they were two of its three round trips to the database.
     */
    public QueryState queryState(String dataflow, DataSelection sel) {
        List<Object> params = new ArrayList<>();
        String newest = "from sdmx_data_load where dataflow = ? order by id desc limit 1";
        params.add(dataflow);
        params.add(dataflow);
        String sql = "select (select id " + newest + "), (select loaded_at " + newest + "),"
                + " exists (select 1 from sdmx_observation where " + where(dataflow, sel, params) + ")";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                FlowState flow = rs.wasNull() ? new FlowState(0, null)
                        : new FlowState(id, rs.getObject(2, OffsetDateTime.class).toInstant());
                return new QueryState(flow, rs.getBoolean(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Streams the matching observations ordered by series key, then period start. The order names the leading
     * {@code dataflow} column (constant here) so that H2 sees the series index delivers it and reads that index in
     * order instead of sorting the whole answer; H2 then produces rows as they are fetched (lazy execution), and
     * PostgreSQL through a cursor (a fetch size inside a transaction), so an answer of any size streams.
     */
    public void stream(String dataflow, int dimensions, DataSelection sel, Consumer<Observation> sink) {
        List<Object> params = new ArrayList<>();
        String sql = "select " + COLUMNS + " from sdmx_observation where " + where(dataflow, sel, params)
                + " order by dataflow, series_key, period_start";
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            boolean lazy = isH2(c);
            c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            if (lazy) {
                session(c, "SET LAZY_QUERY_EXECUTION TRUE");
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                ps.setFetchSize(BATCH);
                RowReader rows = new RowReader(dimensions, !lazy);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rows.read(rs));
                    }
                }
                c.commit();
            } finally {
                if (lazy) {
                    session(c, "SET LAZY_QUERY_EXECUTION FALSE"); // the connection goes back to the pool
                }
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read observations", e);
        }
    }

    private boolean isH2(Connection c) throws SQLException {
        Boolean known = h2;
        if (known == null) {
            known = h2 = c.getMetaData().getDatabaseProductName().equals("H2");
        }
        return known;
    }

    private static void session(Connection c, String statement) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    /** A series with data and how many observations it has (for availability). */
    public record SeriesCount(List<String> key, long observations) {
    }

    /** The series with matching observations and their counts, in series key order. */
    public List<SeriesCount> seriesCounts(String dataflow, DataSelection sel) {
        List<Object> params = new ArrayList<>();
        String sql = "select series_key, count(*) from sdmx_observation where " + where(dataflow, sel, params)
                + " group by series_key order by series_key";
        List<SeriesCount> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SeriesCount(List.of(rs.getString(1).split("\\.", -1)), rs.getLong(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read availability", e);
        }
        return out;
    }

    /** The periods (as loaded) of the matching observations that start first and last; empty when none match. */
    public java.util.Optional<String[]> periodRange(String dataflow, DataSelection sel) {
        String first = edgePeriod(dataflow, sel, "asc");
        return first == null ? java.util.Optional.empty()
                : java.util.Optional.of(new String[] { first, edgePeriod(dataflow, sel, "desc") });
    }

    private String edgePeriod(String dataflow, DataSelection sel, String direction) {
        List<Object> params = new ArrayList<>();
        String sql = "select period from sdmx_observation where " + where(dataflow, sel, params)
                + " order by period_start " + direction + ", period " + direction;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read availability", e);
        }
    }

    private static String where(String dataflow, DataSelection sel, List<Object> params) {
        StringBuilder w = new StringBuilder("dataflow = ?");
        params.add(dataflow);
        if (!sel.includeDrafts()) {
            w.append(" and published = true");
        }
        List<String> seriesKeys = seriesKeys(sel.key());
        if (seriesKeys != null) {
            // every dimension given: the series index finds the rows (and their order) directly
            w.append(seriesKeys.size() == 1 ? " and series_key = ?"
                    : " and series_key in (" + "?,".repeat(seriesKeys.size() - 1) + "?)");
            params.addAll(seriesKeys);
        }
        for (int i = 0; seriesKeys == null && i < sel.key().size(); i++) {
            Set<String> values = sel.key().get(i);
            if (values.isEmpty()) {
                continue;
            }
            w.append(" and d").append(i + 1).append(values.size() == 1 ? " = ?" : " in (" + "?,".repeat(values.size() - 1) + "?)");
            params.addAll(values);
        }
        if (sel.start() != null) {
            w.append(" and period_start >= ?");
            params.add(Timestamp.valueOf(sel.start().start()));
        }
        if (sel.end() != null) {
            w.append(" and period_start < ?");
            params.add(Timestamp.valueOf(sel.end().end()));
        }
        if (sel.updatedAfter() != null) {
            w.append(" and updated_at > ?");
            params.add(OffsetDateTime.ofInstant(sel.updatedAfter(), ZoneOffset.UTC));
        }
        return w.toString();
    }

    /** At most this many series keys are spelt out in a query ({@code A+B} alternatives multiply). */
    static final int MAX_SERIES_KEYS = 100;

    /**
     * The series keys a selection names when every dimension has values (a full key, or few alternatives); null
     * when a dimension is open or the alternatives make too many keys, and the d1..d10 columns filter instead.
     */
    static List<String> seriesKeys(List<Set<String>> key) {
        if (key.isEmpty()) {
            return null;
        }
        long n = 1;
        for (Set<String> values : key) {
            n *= values.size();
            if (n == 0 || n > MAX_SERIES_KEYS) {
                return null;
            }
        }
        List<String> keys = new ArrayList<>(List.of(""));
        for (int i = 0; i < key.size(); i++) {
            List<String> next = new ArrayList<>();
            for (String prefix : keys) {
                for (String v : new java.util.TreeSet<>(key.get(i))) {
                    next.add(i == 0 ? v : prefix + "." + v);
                }
            }
            keys = next;
        }
        return keys;
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    /**
     * The first {@code dimensions} values of a stored series key: they are joined by {@code .}, which no key
     * value holds (loads accept letters, digits, {@code _ @ $ -} only). One list per series, shared by its
     * observations (the streamer tells series apart by identity first).
     */
    static List<String> dimensionValues(String seriesKey, int dimensions) {
        String[] k = new String[dimensions];
        int from = 0;
        for (int i = 0; i < dimensions; i++) {
            if (from > seriesKey.length()) {
                throw new IllegalStateException("Stored series key " + seriesKey + " has fewer than "
                        + dimensions + " values");
            }
            int dot = seriesKey.indexOf('.', from);
            int to = dot < 0 ? seriesKey.length() : dot;
            k[i] = seriesKey.substring(from, to);
            from = to + 1;
        }
        return List.of(k);
    }

    /**
     * Maps the rows of one stream. Rows come in series order, so the key is split into its values once per
     * series, and equal periods and attribute sets share one object: mapping costs little beyond the value.
     */
    private static final class RowReader {
        private final int dimensions;
        /** The previous row's period text and period (the stream's periods come from the shared cache). */
        private String periodText;
        private TimePeriod period;
        private String seriesKey;
        private List<String> key;
        private String status;
        private String encoded;
        private Map<String, String> attributes = Map.of();
        /**
         * Whether the repeating text columns (series key, status, attributes) are compared as the driver's bytes
         * before they are decoded: PostgreSQL's driver hands out a text cell's bytes without a copy, so a row whose
         * key and attributes equal the previous row's decodes no String for them (three Strings a row were a fifth
         * of a key query's allocation). H2 converts instead, so it compares the decoded Strings.
         */
        private final boolean rawText;
        private byte[] seriesRaw;
        private byte[] statusRaw;
        private byte[] encodedRaw;
        private boolean attributesRead;

        RowReader(int dimensions, boolean rawText) {
            this.dimensions = dimensions;
            this.rawText = rawText;
        }

        Observation read(ResultSet rs) throws SQLException {
            if (rawText) {
                byte[] raw = rs.getBytes(1);
                if (seriesKey == null || !java.util.Arrays.equals(raw, seriesRaw)) {
                    seriesRaw = raw;
                    newSeries(rs.getString(1));
                }
            } else {
                String series = rs.getString(1);
                if (!series.equals(seriesKey)) {
                    newSeries(series);
                }
            }
            String text = rs.getString(2);
            if (!text.equals(periodText)) {
                periodText = text;
                period = TimePeriod.cached(text).orElse(null);
                if (period == null) {
                    period = unparsed(text, rs);
                }
            }
            TimePeriod tp = period;
            double v = rs.getDouble(4);
            Double value = rs.wasNull() ? null : v;
            if (rawText) {
                byte[] st = rs.getBytes(5);
                byte[] enc = rs.getBytes(6);
                if (!attributesRead || !java.util.Arrays.equals(st, statusRaw)
                        || !java.util.Arrays.equals(enc, encodedRaw)) {
                    attributesRead = true;
                    statusRaw = st;
                    encodedRaw = enc;
                    newAttributes(rs.getString(5), rs.getString(6));
                }
            } else {
                String st = rs.getString(5);
                String enc = rs.getString(6);
                if (!java.util.Objects.equals(st, status) || !java.util.Objects.equals(enc, encoded)) {
                    newAttributes(st, enc);
                }
            }
            return new Observation(key, tp, value, attributes);
        }

        private void newSeries(String series) {
            seriesKey = series;
            key = dimensionValues(series, dimensions);
        }

        private void newAttributes(String st, String enc) {
            Map<String, String> attrs = new HashMap<>(Attributes.decode(enc));
            if (st != null) {
                attrs.put(OBS_STATUS, st);
            }
            status = st;
            encoded = enc;
            attributes = Map.copyOf(attrs);
        }

        /** A stored period the parser no longer reads: its start as stored, as its end too. */
        private static TimePeriod unparsed(String period, ResultSet rs) {
            try {
                return new TimePeriod(period, rs.getTimestamp(3).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static long insertLoad(Connection c, String dataflow, String processCode, String action, int rows,
            boolean published, String by, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into sdmx_data_load (dataflow, process_code, action,"
                + " row_count, published, loaded_by, loaded_at) values (?, ?, ?, ?, ?, ?, ?)", new String[] { "id" })) {
            ps.setString(1, dataflow);
            ps.setString(2, processCode);
            ps.setString(3, action);
            ps.setInt(4, rows);
            ps.setBoolean(5, published);
            ps.setString(6, by);
            ps.setObject(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * A draft load must not change what the public sees before it is published; a published observation and its
     * draft replacement cannot both be kept (one row per key and period), so a draft Replace or Delete that would
     * remove published observations is refused.
     */
    private static void refusePublishedTargets(Connection c, String dataflow, List<Observation> rows)
            throws SQLException {
        try (PreparedStatement one = c.prepareStatement("select 1 from sdmx_observation where dataflow = ?"
                + " and series_key = ? and period = ? and published = true");
                PreparedStatement series = c.prepareStatement("select 1 from sdmx_observation where dataflow = ?"
                        + " and series_key = ? and published = true fetch first 1 rows only")) {
            for (Observation o : rows) {
                try (ResultSet rs = bound(one, series, dataflow, o).executeQuery()) {
                    if (rs.next()) {
                        throw ProblemException.conflict("draft-changes-published", "A draft cannot change published data",
                                "Observation " + o.seriesKey() + (o.period() == null ? "" : " " + o.period().text())
                                        + " is published; a draft (publish=false) Replace or Delete would change what"
                                        + " the public sees before publication. Load it with publish=true.");
                    }
                }
            }
        }
    }

    /** The statement for a row: {@code one} (key and period) or, for a row without a period, {@code series}; bound. */
    private static PreparedStatement bound(PreparedStatement one, PreparedStatement series, String dataflow,
            Observation o) throws SQLException {
        PreparedStatement ps = o.period() == null ? series : one;
        ps.setString(1, dataflow);
        ps.setString(2, o.seriesKey());
        if (o.period() != null) {
            ps.setString(3, o.period().text());
        }
        return ps;
    }

    private static void delete(Connection c, String dataflow, List<Observation> rows) throws SQLException {
        try (PreparedStatement one = c.prepareStatement(
                "delete from sdmx_observation where dataflow = ? and series_key = ? and period = ?");
                PreparedStatement series = c.prepareStatement(
                        "delete from sdmx_observation where dataflow = ? and series_key = ?")) {
            int n = 0;
            for (Observation o : rows) {
                bound(one, series, dataflow, o).addBatch();
                if (++n % BATCH == 0) {
                    one.executeBatch();
                    series.executeBatch();
                }
            }
            one.executeBatch();
            series.executeBatch();
        }
    }

    private static void insert(Connection c, String dataflow, List<Observation> rows, long loadId, boolean published,
            Instant now) throws SQLException {
        String sql = "insert into sdmx_observation (dataflow, series_key, period, period_start, obs_value, obs_status,"
                + " attributes, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, load_id, published, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (Observation o : rows) {
                ps.setString(1, dataflow);
                ps.setString(2, o.seriesKey());
                ps.setString(3, o.period().text());
                ps.setTimestamp(4, Timestamp.valueOf(o.period().start()));
                if (o.value() == null) {
                    ps.setNull(5, Types.DOUBLE);
                } else {
                    ps.setDouble(5, o.value());
                }
                Map<String, String> attrs = new HashMap<>(o.attributes());
                ps.setString(6, attrs.remove(OBS_STATUS));
                ps.setString(7, Attributes.encode(attrs));
                for (int i = 0; i < 10; i++) {
                    ps.setString(8 + i, i < o.key().size() ? o.key().get(i) : null);
                }
                ps.setLong(18, loadId);
                ps.setBoolean(19, published);
                ps.setObject(20, at);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().equals("23505")) {
                return true;
            }
            if (t instanceof java.sql.BatchUpdateException b && b.getNextException() != null
                    && "23505".equals(b.getNextException().getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
