package io.archivo.search.service;

import io.archivo.search.SearchSort;
import io.archivo.search.index.Fields;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/** Lucene sorts for {@link SearchSort}; null means by score. */
final class SortOrders {

    private SortOrders() {
    }

    /** A browse (no words) has no meaningful scores, so it is listed by title instead. */
    static Sort of(SearchSort sort, boolean browse) {
        SearchSort effective = sort == SearchSort.RELEVANCE && browse ? SearchSort.TITLE : sort;
        return switch (effective) {
            case RELEVANCE -> null;
            case TITLE -> new Sort(title(), SortField.FIELD_SCORE);
            case YEAR -> new Sort(newestFirst(Fields.YEAR_END), newestFirst(Fields.YEAR_START), title());
        };
    }

    private static SortField title() {
        SortField title = new SortField(Fields.TITLE_SORT, SortField.Type.STRING);
        title.setMissingValue(SortField.STRING_LAST);
        return title;
    }

    private static SortField newestFirst(String field) {
        SortField year = new SortField(field, SortField.Type.INT, true);
        // undated studies go to the end, not the top
        year.setMissingValue(Integer.MIN_VALUE);
        return year;
    }
}
