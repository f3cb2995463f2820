package io.archivo.search.service;

import io.archivo.search.index.Analyzers;
import io.archivo.search.query.SearchTarget;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages for the hits of a page, cut from stored text with the same analyzer as the index. Text is
 * HTML-escaped and matches are wrapped in {@code <em>}, so the result can go straight into a page.
 */
final class Snippets {

    private static final int SNIPPETS_PER_HIT = 3;
    private static final int ABSTRACT_PASSAGES = 2;

    /**
     * @param textQuery the people's part of the query only: filters (visibility, facets) hold no words to highlight
     * @return doc id → snippets (possibly empty)
     */
    Map<Integer, List<String>> of(IndexSearcher searcher, Query textQuery, ScoreDoc[] docs, SearchTarget target)
            throws IOException {
        Map<Integer, List<String>> out = new HashMap<>();
        if (docs.length == 0) {
            return out;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, Analyzers.perField())
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "… ", true))
                .withMaxNoHighlightPassages(0)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                // a word matched in the folded or fuzzy field is still worth marking in the stemmed stored text
                .withFieldMatcher(field -> true)
                .build();
        String[] fields = target.highlightFields().toArray(String[]::new);
        int[] passages = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            passages[i] = fields[i].startsWith("abstract") ? ABSTRACT_PASSAGES : 1;
        }
        TopDocs page = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
        Map<String, String[]> byField = highlighter.highlightFields(fields, textQuery, page, passages);
        for (int d = 0; d < docs.length; d++) {
            List<String> snippets = new ArrayList<>();
            for (String field : fields) {
                String[] values = byField.get(field);
                if (values != null && values[d] != null && snippets.size() < SNIPPETS_PER_HIT) {
                    snippets.add(values[d]);
                }
            }
            out.put(docs[d].doc, snippets);
        }
        return out;
    }
}
