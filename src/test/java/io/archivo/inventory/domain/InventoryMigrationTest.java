package io.archivo.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * V2__inventory.sql must run unchanged on H2 and on PostgreSQL. Each run uses a throwaway schema; the PostgreSQL
 * case (127.0.0.1:5432/test, as in the pom's postgresql profile) is skipped when no server answers.
 */
class InventoryMigrationTest {

    @Test
    void migratesOnH2() throws SQLException {
        String url = "jdbc:h2:mem:inventory-migration;DB_CLOSE_DELAY=-1";
        migrateAndExercise(url, "sa", "", "INVENTORY_TEST");
    }

    @Test
    void migratesOnPostgresql() throws SQLException {
        String url = System.getProperty("archivo.test.pg-url", "jdbc:postgresql://127.0.0.1:5432/test");
        try (Connection ignored = DriverManager.getConnection(url, "postgres", "")) {
            // reachable
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL not reachable at " + url + ": " + e.getMessage());
        }
        String schema = "inventory_test_" + Long.toHexString(System.nanoTime());
        try {
            migrateAndExercise(url, "postgres", "", schema);
        } finally {
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static void migrateAndExercise(String url, String user, String password, String schema) throws SQLException {
        Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setSchema(schema);
            long id = insert(c, "SAL-01");
            try (PreparedStatement norm = c.prepareStatement(
                    "insert into process_norm (process_id, norm_order, norm) values (?, ?, ?)")) {
                norm.setLong(1, id);
                norm.setInt(2, 0);
                norm.setString(3, "Ley 100 de 1993");
                norm.executeUpdate();
            }
            assertThrows(SQLException.class, () -> insert(c, "SAL-01"), "codes are unique");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from statistical_process where id = " + id);
                try (ResultSet rs = s.executeQuery("select count(*) from process_norm")) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "norms go with their process");
                }
            }
        }
    }

    private static long insert(Connection c, String code) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into statistical_process (code, name, department, "
                + "process_type, documented, dane_standard, dane_instruments, public_dissemination, classification, "
                + "illustrative, collection_instruments, created_at, updated_at) values (?, 'Prueba', 'salud', "
                + "'operacion_estadistica', true, false, false, true, 'publica', true, 'correo_electronico;formulario_web', "
                + "current_timestamp, current_timestamp)", new String[] {"id"})) {
            p.setString(1, code);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
