package io.archivo.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.archivo.search.AccessClassification;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchResult;
import io.archivo.search.StudyDocument;
import io.archivo.search.Visibility;
import io.archivo.search.index.LuceneIndex;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Cached results live exactly as long as the index view they were computed on, and never cross visibilities. */
class ResultCacheTest {

    private static StudyDocument study(String id, String title, boolean published) {
        return StudyDocument.builder(id, 1).title(title).department("Salud").published(published)
                .access(AccessClassification.PUBLICA).revision(1).build();
    }

    @Test
    void aWriteMakesCachedResultsStale() {
        try (LuceneIndex index = LuceneIndex.open(new ByteBuffersDirectory())) {
            SearchService search = new SearchService(index, 16, 0);
            index.upsertStudy(study("S1", "Encuesta de vacunación", true), List.of());
            SearchResult first = search.search(SearchRequest.of("vacunación"));
            assertSame(first, search.search(SearchRequest.of("vacunación")), "same reader: served from the cache");

            index.upsertStudy(study("S2", "Cobertura de vacunación infantil", true), List.of());
            assertEquals(2, search.search(SearchRequest.of("vacunación")).total(), "a refresh empties the cache");
        }
    }

    @Test
    void visibilityIsPartOfTheKey() {
        try (LuceneIndex index = LuceneIndex.open(new ByteBuffersDirectory())) {
            SearchService search = new SearchService(index, 16, 0);
            index.upsertStudy(study("S1", "Borrador de vacunación", false), List.of());
            assertEquals(1, search.search(SearchRequest.of("vacunación").withVisibility(Visibility.admin())).total());
            assertEquals(0, search.search(SearchRequest.of("vacunación")).total());
        }
    }
}
