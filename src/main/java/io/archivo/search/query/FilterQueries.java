package io.archivo.search.query;

import io.archivo.search.AccessClassification;
import io.archivo.search.SearchType;
import io.archivo.search.Visibility;
import io.archivo.search.index.Fields;
import io.archivo.search.index.Folding;

import java.util.List;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Non-scoring restrictions: who may see what, which kind of document, which years. */
public final class FilterQueries {

    private FilterQueries() {
    }

    /**
     * The visibility rule as a query. It is added as a filter clause to every search, count, facet count, spelling
     * check and suggestion, so hidden documents never contribute to anything a person sees.
     */
    public static Query visibility(Visibility visibility) {
        Query publicMaterial = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.PUBLISHED, Fields.TRUE)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ACCESS, AccessClassification.PUBLICA.code())), Occur.FILTER)
                .build();
        return switch (visibility.level()) {
            case ADMIN -> new MatchAllDocsQuery();
            case PUBLIC -> publicMaterial;
            case EDITOR -> {
                // one set query, however many departments: a clause per department could exceed Lucene's clause limit
                List<BytesRef> departments = visibility.departments().stream().map(Folding::clean)
                        .filter(d -> !d.isEmpty()).map(BytesRef::new).toList();
                BooleanQuery.Builder any = new BooleanQuery.Builder().add(publicMaterial, Occur.SHOULD);
                if (!departments.isEmpty()) {
                    any.add(new TermInSetQuery(Fields.DEPARTMENT, departments), Occur.SHOULD);
                }
                yield any.setMinimumNumberShouldMatch(1).build();
            }
        };
    }

    public static Query kind(SearchType type) {
        return new TermQuery(new Term(Fields.KIND, type == SearchType.VARIABLE ? Fields.KIND_VARIABLE : Fields.KIND_STUDY));
    }

    /**
     * Studies whose period overlaps [from, to]: it starts no later than {@code to} and ends no earlier than {@code from}.
     * Null when there is no bound.
     */
    public static Query years(Integer from, Integer to) {
        if (from == null && to == null) {
            return null;
        }
        BooleanQuery.Builder overlap = new BooleanQuery.Builder();
        if (to != null) {
            overlap.add(IntPoint.newRangeQuery(Fields.YEAR_START, Integer.MIN_VALUE, to), Occur.FILTER);
        }
        if (from != null) {
            overlap.add(IntPoint.newRangeQuery(Fields.YEAR_END, from, Integer.MAX_VALUE), Occur.FILTER);
        }
        return overlap.build();
    }
}
