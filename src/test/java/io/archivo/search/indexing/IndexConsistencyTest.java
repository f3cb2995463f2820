package io.archivo.search.indexing;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.variant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.archivo.search.StudyDocument;
import io.archivo.search.index.LuceneIndex;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The database is the source of truth: start-up reconciliation makes a study committed to the database but missed
 * by the index searchable, and removes from the index what the database does not have.
 */
@QuarkusTest
@Tag("persistence")
class IndexConsistencyTest {

    @Inject
    LuceneIndex index;
    @Inject
    StudyIndexer indexer;

    @Test
    void reconciliationRepairsWhatACrashLeftBehind() {
        admin().contentType("application/xml")
                .body(variant("/archive/encuesta-movilidad-2025.xml", "CALI-TEST-EMC-2025", "CALI-CRASH"))
                .post("/api/v1/studies").then().statusCode(201);
        admin().post("/api/v1/studies/CALI-CRASH/publish").then().statusCode(200);
        indexer.drain();
        // simulate a crash between the database commit and the index: the index lost the study, and it holds a
        // study the database never had
        index.deleteStudy("CALI-CRASH");
        index.upsertStudy(StudyDocument.builder("CALI-GHOST", 1).title("Estudio fantasma de movilidad").published(true)
                .access(io.archivo.search.AccessClassification.PUBLICA).revision(1).build(), List.of());
        anonymous().get("/api/v1/search?q=fantasma").then().body("total", equalTo(1));
        assertFalse(index.indexedStudyRevisions().containsKey("CALI-CRASH"));

        StudyIndexer.Reconciliation result = indexer.reconcile();

        assertEquals(1, result.removed());
        anonymous().get("/api/v1/search?q=fantasma").then().body("total", equalTo(0));
        anonymous().get("/api/v1/search?q=movilidad").then().body("items.studyId", hasItem("CALI-CRASH"));
        assertEquals(indexer.reconcile().indexed(), 0, "a second pass finds nothing to do");
    }
}
