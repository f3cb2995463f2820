package io.archivo.search.index;

import java.util.Map;

/**
 * The bound of the search code's memo maps (term lookups, bound clauses, built clauses, spelling answers): when a map
 * is full it is emptied and relearned, instead of keeping LRU bookkeeping on every hit. Such maps hold what is cheap
 * to recompute and mostly reused, so a rare full relearn costs less than ordering every read.
 */
public final class BoundedMemo {

    private BoundedMemo() {
    }

    /** Puts {@code value} under {@code key}, first emptying {@code memo} when it already holds {@code max} entries. */
    public static <K, V> void put(Map<K, V> memo, K key, V value, int max) {
        if (memo.size() >= max) {
            memo.clear();
        }
        memo.put(key, value);
    }
}
