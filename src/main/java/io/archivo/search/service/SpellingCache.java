package io.archivo.search.service;

import io.archivo.search.index.BoundedMemo;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * Spelling answers for the current reader: whether a word is known to what a filter lets through, and the best
 * visible correction of an unknown one. People repeat their words and their typos far more than their whole queries,
 * and each answer took a terms walk (the correction a Levenshtein automaton over the dictionary, a tenth of all
 * uncached CPU). An answer depends only on the reader and the filter (visibility, kind, years), both part of the key
 * here, so it is reused until a refresh brings a new reader; then everything is dropped.
 */
final class SpellingCache {

    /** Per reader; past this the map is emptied and relearned, so odd input cannot grow it without limit. */
    private static final int MAX_ENTRIES = 20_000;

    private record Key(Query filter, String term, boolean correction) {
    }

    private record ForReader(IndexReader reader, Map<Key, Optional<String>> answers) {
    }

    private volatile ForReader current = new ForReader(null, new ConcurrentHashMap<>());

    @FunctionalInterface
    interface Lookup {
        String find() throws IOException;
    }

    /** Whether {@code term} occurs in a document {@code filter} lets through, computed once per reader. */
    boolean known(IndexReader reader, Query filter, String term, Lookup lookup) throws IOException {
        return get(reader, new Key(filter, term, false), lookup).isPresent();
    }

    /** The best visible correction of {@code term}, or null, computed once per reader. */
    String correction(IndexReader reader, Query filter, String term, Lookup lookup) throws IOException {
        return get(reader, new Key(filter, term, true), lookup).orElse(null);
    }

    private Optional<String> get(IndexReader reader, Key key, Lookup lookup) throws IOException {
        ForReader cache = current;
        if (cache.reader() != reader) {
            cache = new ForReader(reader, new ConcurrentHashMap<>());
            current = cache; // a search on an older reader may still finish: it then only fills its own map
        }
        Optional<String> answer = cache.answers().get(key);
        if (answer == null) {
            answer = Optional.ofNullable(lookup.find());
            BoundedMemo.put(cache.answers(), key, answer, MAX_ENTRIES);
        }
        return answer;
    }
}
