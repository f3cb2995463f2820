package io.archivo.archive.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.List;
import org.hibernate.Session;

@ApplicationScoped
public class StudyVariableRepository implements PanacheRepositoryBase<StudyVariable, StudyVariable.Key> {

    private static final int BATCH = 500;

    public PanacheQuery<StudyVariable> ofVersion(long versionId) {
        return find("versionId = ?1 order by position", versionId);
    }

    /**
     * Writes a version's variables in JDBC batches on the current transaction's connection. Ingest writes thousands
     * of immutable rows at once; going through the persistence context for each one cost more than the schema
     * validation of the whole document.
     */
    public void insertAll(List<StudyVariable> rows) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into study_variable (version_id, position, var_id, name, label, data) values (?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (StudyVariable row : rows) {
                    insert.setLong(1, row.versionId);
                    insert.setInt(2, row.position);
                    insert.setString(3, row.varId);
                    insert.setString(4, row.name);
                    insert.setString(5, row.label);
                    insert.setString(6, row.data);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }
}
