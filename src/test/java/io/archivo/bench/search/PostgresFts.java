package io.archivo.bench.search;

import io.archivo.search.AccessClassification;
import io.archivo.search.LocalizedText;
import io.archivo.search.StudyDocument;
import io.archivo.search.VariableDocument;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The PostgreSQL full-text baseline: the same studies and variables in schema {@code searchbench} of the {@code test}
 * database, each table with a stored, weighted {@code tsvector} (Spanish stemming plus {@code unaccent}, so that
 * accents do not matter, as in Archivo) and a GIN index. A search is answered like Archivo answers it: the visible
 * matches ranked by {@code ts_rank}, their total, one page, and the department facet counts.
 */
final class PostgresFts implements AutoCloseable {

    static final String URL = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("bench.pg.user", "postgres");
    private static final String S = "searchbench";

    private final List<Connection> connections = new ArrayList<>();
    private final List<Map<String, PreparedStatement[]>> statements = new ArrayList<>();

    static boolean available() {
        try (Connection c = DriverManager.getConnection(URL, USER, System.getProperty("bench.pg.password", ""))) {
            return c.isValid(2);
        } catch (SQLException e) {
            System.out.println("BENCH PostgreSQL not reachable at " + URL + " (" + e.getMessage() + "): baseline skipped");
            return false;
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, System.getProperty("bench.pg.password", ""));
    }

    /** Drops and recreates the schema, copies the records in, then builds the GIN indexes. Prints progress. */
    static void load(BenchCatalogue catalogue, int studies, int variablesPerStudy) throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + S + " CASCADE");
            st.execute("CREATE SCHEMA " + S);
            st.execute("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA " + S);
            st.execute("CREATE TEXT SEARCH CONFIGURATION " + S + ".es (COPY = pg_catalog.spanish)");
            st.execute("ALTER TEXT SEARCH CONFIGURATION " + S + ".es ALTER MAPPING FOR hword, hword_part, word WITH "
                    + S + ".unaccent, spanish_stem");
            st.execute("CREATE TABLE " + S + ".study (id text PRIMARY KEY, title text, abstract text, keywords text,"
                    + " topics text, context text, department text, thematic_area text, year_start int, year_end int,"
                    + " visible boolean, tsv tsvector GENERATED ALWAYS AS ("
                    + " setweight(to_tsvector('" + S + ".es', coalesce(title, '')), 'A')"
                    + " || setweight(to_tsvector('" + S + ".es', coalesce(keywords, '') || ' ' || coalesce(topics, '')), 'B')"
                    + " || setweight(to_tsvector('" + S + ".es', coalesce(abstract, '')), 'C')"
                    + " || setweight(to_tsvector('" + S + ".es', coalesce(context, '')), 'D')) STORED)");
            st.execute("CREATE TABLE " + S + ".variable (study_id text, var_id text, name text, label text, question text,"
                    + " categories text, study_title text, department text, visible boolean, tsv tsvector GENERATED ALWAYS AS ("
                    + " setweight(to_tsvector('" + S + ".es', coalesce(name, '') || ' ' || coalesce(label, '')), 'A')"
                    + " || setweight(to_tsvector('" + S + ".es', coalesce(question, '')), 'B')"
                    + " || setweight(to_tsvector('" + S + ".es', coalesce(categories, '')), 'C')"
                    + " || setweight(to_tsvector('" + S + ".es', coalesce(study_title, '')), 'D')) STORED)");
        }
        long t0 = System.nanoTime();
        try (Connection c = connect()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder studyRows = new StringBuilder();
            StringBuilder varRows = new StringBuilder();
            for (int i = 0; i < studies; i++) {
                BenchCatalogue.Record r = catalogue.record(i, variablesPerStudy);
                StudyDocument s = r.study();
                boolean visible = s.published() && s.accessClassification() == AccessClassification.PUBLICA;
                row(studyRows, s.studyId(), text(s.titles()), text(s.abstracts()), text(s.keywords()), text(s.topics()),
                        String.join(" ", s.producers()) + " " + s.processName() + " " + s.universe() + " " + s.kindOfData()
                                + " " + s.collectionMode(),
                        s.department(), s.thematicArea(), String.valueOf(s.yearStart()), String.valueOf(s.yearEnd()),
                        String.valueOf(visible));
                for (VariableDocument v : r.variables()) {
                    row(varRows, s.studyId(), v.variableId(), v.name(), v.label(), v.question(),
                            String.join(" ", v.categoryLabels()), s.displayTitle(), s.department(), String.valueOf(visible));
                }
                if ((i + 1) % 500 == 0 || i + 1 == studies) {
                    copy.copyIn("COPY " + S + ".study FROM STDIN", stream(studyRows));
                    copy.copyIn("COPY " + S + ".variable (study_id, var_id, name, label, question, categories, study_title,"
                            + " department, visible) FROM STDIN", stream(varRows));
                    studyRows.setLength(0);
                    varRows.setLength(0);
                    if ((i + 1) % 2000 == 0 || i + 1 == studies) {
                        System.out.printf("BENCH PostgreSQL COPY %,d/%,d studies (%.0f s)%n", i + 1, studies,
                                (System.nanoTime() - t0) / 1e9);
                    }
                }
            }
        }
        double copySeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("SET maintenance_work_mem = '512MB'");
            st.execute("CREATE INDEX ON " + S + ".study USING gin (tsv)");
            st.execute("CREATE INDEX ON " + S + ".variable USING gin (tsv)");
            st.execute("CREATE INDEX ON " + S + ".study (title)");
            st.execute("VACUUM ANALYZE " + S + ".study");
            st.execute("VACUUM ANALYZE " + S + ".variable");
        }
        double indexSeconds = (System.nanoTime() - t1) / 1e9;
        long variables = (long) studies * variablesPerStudy;
        System.out.printf("BENCH PostgreSQL load: COPY with tsvector %.1f s, GIN indexes + analyze %.1f s: %.0f studies/s, %.0f variables/s overall%n",
                copySeconds, indexSeconds, studies / (copySeconds + indexSeconds), variables / (copySeconds + indexSeconds));
    }

    private static ByteArrayInputStream stream(StringBuilder rows) {
        return new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String text(List<LocalizedText> texts) {
        return texts.stream().map(LocalizedText::text).collect(Collectors.joining(" \n "));
    }

    private static void row(StringBuilder out, String... cols) {
        for (int i = 0; i < cols.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String v = cols[i];
            if (v == null || "null".equals(v)) {
                out.append("\\N");
                continue;
            }
            for (int k = 0; k < v.length(); k++) {
                char ch = v.charAt(k);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\n');
    }

    /** Opens one connection per client. */
    PostgresFts(int clients) throws SQLException {
        for (int i = 0; i < clients; i++) {
            connections.add(connect());
            statements.add(new HashMap<>());
        }
    }

    /** Runs the query like Archivo does: page of ranked hits with the total, then the department counts. */
    void search(int client, BenchQuery q) throws SQLException {
        Connection c = connections.get(client);
        String key = q.path();
        PreparedStatement[] ps = statements.get(client).get(key);
        if (ps == null) {
            ps = prepare(c, q);
            statements.get(client).put(key, ps);
        }
        int rows = 0;
        try (ResultSet rs = ps[0].executeQuery()) {
            while (rs.next()) {
                rs.getString(1);
                rs.getString(2);
                rs.getLong(4);
                rows++;
            }
        }
        try (ResultSet rs = ps[1].executeQuery()) {
            while (rs.next()) {
                rs.getString(1);
                rs.getLong(2);
            }
        }
        if (rows < 0) {
            throw new IllegalStateException();
        }
    }

    private static PreparedStatement[] prepare(Connection c, BenchQuery q) throws SQLException {
        String table = q.variables() ? S + ".variable" : S + ".study";
        String title = q.variables() ? "label" : "title";
        boolean browse = q.q().isBlank();
        StringBuilder where = new StringBuilder(" WHERE t.visible");
        if (!browse) {
            where.append(" AND t.tsv @@ websearch_to_tsquery('" + S + ".es', ?)");
        }
        if (q.department() != null) {
            where.append(" AND t.department = ?");
        }
        if (q.thematicArea() != null) {
            where.append(q.variables() ? " AND false" : " AND t.thematic_area = ?");
        }
        if (q.yearFrom() != null) {
            where.append(q.variables() ? " AND false" : " AND t.year_end >= ? AND t.year_start <= ?");
        }
        String rank = browse ? "0" : "ts_rank(t.tsv, websearch_to_tsquery('" + S + ".es', ?))";
        String order = browse ? "title, 1" : "r DESC, 1";
        String idCol = q.variables() ? "t.study_id || '/' || t.var_id" : "t.id";
        String page = "WITH m AS (SELECT " + idCol + " AS id, t." + title + " AS title, " + rank + " AS r FROM " + table
                + " t" + where + ") SELECT id, title, r, (SELECT count(*) FROM m) AS total FROM m ORDER BY " + order
                + " LIMIT ? OFFSET ?";
        String facets = "SELECT t.department, count(*) FROM " + table + " t" + where + " GROUP BY t.department ORDER BY 2 DESC";
        // placeholders in textual order: the rank's query, the match's query, the filters, limit and offset
        PreparedStatement p = c.prepareStatement(page);
        int i = 1;
        if (!browse) {
            p.setString(i++, q.q()); // rank
        }
        if (!browse) {
            p.setString(i++, q.q()); // match
        }
        i = bindFilters(p, i, q);
        p.setInt(i++, q.size());
        p.setInt(i, (q.page() - 1) * q.size());
        PreparedStatement f = c.prepareStatement(facets);
        i = 1;
        if (!browse) {
            f.setString(i++, q.q());
        }
        bindFilters(f, i, q);
        return new PreparedStatement[] {p, f};
    }

    private static int bindFilters(PreparedStatement p, int i, BenchQuery q) throws SQLException {
        if (q.department() != null) {
            p.setString(i++, q.department());
        }
        if (q.thematicArea() != null && !q.variables()) {
            p.setString(i++, q.thematicArea());
        }
        if (q.yearFrom() != null && !q.variables()) {
            p.setInt(i++, q.yearFrom());
            p.setInt(i++, q.yearTo());
        }
        return i;
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : connections) {
            c.close();
        }
    }
}
