package io.archivo.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.archivo.search.SearchRequest;
import io.archivo.search.StudyDocument;
import io.archivo.search.Visibility;
import io.archivo.search.index.LuceneIndex;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Spelling answers kept per reader: a refresh that makes a word known (or gives a better correction) is seen at
 * once, and an answer for one caller's visibility is never given to another.
 */
class SpellingCacheTest {

    @Test
    void aRefreshDropsTheKeptAnswers() {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); LuceneIndex index = LuceneIndex.open(dir)) {
            SearchService search = new SearchService(index);
            index.upsertStudy(study("S1", "Encuesta de movilidad", true), List.of());
            assertEquals("movilidad", search.search(SearchRequest.of("movilidat")).didYouMean());
            assertEquals("movilidad", search.search(SearchRequest.of("movilidat")).didYouMean(), "kept answer");

            index.upsertStudy(study("S2", "Indicadores de movilidat urbana", true), List.of());
            assertNull(search.search(SearchRequest.of("movilidat")).didYouMean(), "the word is known since the refresh");
            assertEquals(1, search.search(SearchRequest.of("movilidat")).total());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anAnswerForOneVisibilityIsNotGivenToAnother() {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); LuceneIndex index = LuceneIndex.open(dir)) {
            SearchService search = new SearchService(index);
            index.upsertStudy(study("S1", "Violencia intrafamiliar", false), List.of());
            index.upsertStudy(study("S2", "Violencia escolar", true), List.of());
            // the admin first: the hidden word is known to the admin, and the typo corrected towards it
            assertEquals("intrafamiliar", search.search(SearchRequest.of("intrafamiliat").withVisibility(Visibility.admin())).didYouMean());
            assertEquals(1, search.search(SearchRequest.of("intrafamiliar").withVisibility(Visibility.admin())).total());
            // then the public: neither answer may cross over
            SearchRequest anonymous = SearchRequest.of("intrafamiliat").withVisibility(Visibility.publicOnly());
            assertNull(search.search(anonymous).didYouMean());
            assertEquals(0, search.search(SearchRequest.of("intrafamiliar").withVisibility(Visibility.publicOnly())).total());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static StudyDocument study(String id, String title, boolean published) {
        return StudyDocument.builder(id, 1).title(title).department("DAP").published(published).revision(1).build();
    }
}
