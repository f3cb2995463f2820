package io.archivo.search.service;

import io.archivo.search.SearchHit;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchResult;
import io.archivo.search.SearchSort;
import io.archivo.search.SearchType;
import io.archivo.search.Visibility;
import io.archivo.search.index.LuceneIndex;
import io.archivo.search.query.FilterQueries;
import io.archivo.search.query.SearchTarget;
import io.archivo.search.query.SegmentCachedFilter;
import io.archivo.search.query.SegmentTermStates;
import io.archivo.search.query.TextQueryFactory;
import io.archivo.search.query.UserQuery;
import io.archivo.search.query.UserQueryParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;

/**
 * Catalogue search for citizens and staff. Every query, count, facet count, snippet, spelling hint and suggestion is
 * computed under the caller's {@link Visibility} filter, applied inside the Lucene query (never by dropping hits
 * afterwards), so totals and facets can never reveal hidden material. Thread safe.
 */
public final class SearchService {

    /** Below this many hits the exact query is considered to have failed: try approximate matching and a spelling hint. */
    static final int FEW_HITS = 3;

    private final LuceneIndex index;
    private final TextQueryFactory queries = new TextQueryFactory();
    private final FacetedSearcher facetedSearcher = new FacetedSearcher();
    private final Snippets snippets = new Snippets();
    private final HitReader hitReader = new HitReader();
    private final SpellingSuggester spelling = new SpellingSuggester();
    private final Autocomplete autocomplete = new Autocomplete();

    private final ResultCache results;
    private volatile SearchAdmission admission;

    /**
     * A service without a result cache and without a limit on concurrent searches: every search is computed at once
     * (tests, benchmarks of the engine itself).
     */
    public SearchService(LuceneIndex index) {
        this(index, 0, 0);
    }

    /**
     * A service that keeps the results of up to {@code cachedResults} recent searches for the current reader and
     * computes at most {@code maxConcurrent} searches at once (0: no limit), the others waiting their turn.
     */
    public SearchService(LuceneIndex index, int cachedResults, int maxConcurrent) {
        this.index = Objects.requireNonNull(index, "index");
        this.results = new ResultCache(cachedResults);
        this.admission = new SearchAdmission(maxConcurrent);
    }

    /** The default for {@code maxConcurrent}: 4 on two processors ({@link SearchAdmission#defaultLimit()}). */
    public static int defaultConcurrentSearches() {
        return SearchAdmission.defaultLimit();
    }

    public SearchResult search(SearchRequest request) {
        Objects.requireNonNull(request, "request");
        UserQuery userQuery = UserQueryParser.parse(request.q());
        while (true) {
            try {
                return search(request, userQuery);
            } catch (IndexSearcher.TooManyClauses tooLarge) {
                // the parser's caps keep queries well below Lucene's clause limit; should one still get through
                // (e.g. an unusual analyzer expansion), answer a shorter query rather than fail
                if (userQuery.size() == 0) {
                    throw tooLarge;
                }
                userQuery = userQuery.halved();
            }
        }
    }

    /**
     * How many studies or variables {@code visibility} may see, counted exactly: no query, page, facets or snippets
     * (a search's total stops at "more than 1,000"). For figures such as the home page's.
     */
    public long count(SearchType type, Visibility visibility) {
        SearchRequest all = new SearchRequest("", type, 1, 1, SearchSort.RELEVANCE, java.util.Map.of(), null, null,
                visibility);
        Query filter = filter(all);
        return index.withSearcher(searcher -> (long) searcher.count(filter));
    }

    /** Searches answered from the result cache and searches computed, since start or the last reset. */
    public record CacheStats(long hits, long misses, int capacity) {
        public double hitRate() {
            return hits + misses == 0 ? 0 : (double) hits / (hits + misses);
        }
    }

    public CacheStats cacheStats() {
        return results.stats();
    }

    /** How many searches may be computed at once (0: no limit), and how many have waited for a turn since start. */
    public record AdmissionStats(int maxConcurrent, long queued) {
    }

    public AdmissionStats admissionStats() {
        SearchAdmission current = admission;
        return new AdmissionStats(current.limit(), current.queued());
    }

    /**
     * Changes how many searches may be computed at once (0: no limit) and resets the statistics; searches already
     * waiting finish under the old limit. For the benchmark, which compares both in one run.
     */
    public void limitConcurrentSearches(int maxConcurrent) {
        admission = new SearchAdmission(maxConcurrent);
    }

    /**
     * Changes how many results are kept (0 turns the cache off) and resets the statistics. For operations and the
     * benchmark, which measures the engine with and without the cache in one run.
     */
    public void resizeResultCache(int capacity) {
        results.resize(capacity);
    }

    private SearchResult search(SearchRequest request, UserQuery userQuery) {
        SearchTarget target = request.type() == SearchType.VARIABLE ? SearchTarget.VARIABLES : SearchTarget.STUDIES;
        Query filter = filter(request);
        Sort sort = SortOrders.of(request.sort(), userQuery.isBrowse());
        return index.withSearcher(searcher -> results.get(searcher.getIndexReader(), request, () -> admission.run(() -> {
            try {
                return compute(searcher, request, userQuery, target, filter, sort);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })));
    }

    private SearchResult compute(IndexSearcher searcher, SearchRequest request, UserQuery userQuery, SearchTarget target,
            Query filter, Sort sort) throws IOException {
        // term lookups kept per segment: most of a query's (field, word) pairs were looked up by earlier queries
        Query text = SegmentTermStates.bind(queries.build(userQuery, target), searcher);
        FacetedHits hits = facetedSearcher.run(searcher, text, filter, request, sort);
        boolean fuzzy = false;
        String didYouMean = null;
        boolean unknownWord = !userQuery.isBrowse() && spelling.hasUnknownWord(searcher, userQuery, filter);
        if (!userQuery.isBrowse() && (hits.total() < FEW_HITS || unknownWord)) {
            // Typo tolerance: the spelling suggester looks each unknown word up once, in one field, and the
            // corrected query runs as an ordinary one. (Fuzzy queries over every field built one automaton per
            // word and field and made a typo cost a hundred ordinary queries.) Queries with hits and no unknown
            // word never get here: spelling costs nothing for them.
            didYouMean = spelling.suggest(searcher, userQuery, filter);
            if (didYouMean != null) {
                Query corrected = SegmentTermStates.bind(queries.build(UserQueryParser.parse(didYouMean), target), searcher);
                FacetedHits correctedHits = facetedSearcher.run(searcher, corrected, filter, request, sort);
                // a long query may find hits without its misspelt word; the corrected one is then the better answer
                if (correctedHits.total() > hits.total() || (unknownWord && correctedHits.total() > 0)) {
                    hits = correctedHits;
                    text = corrected;
                    fuzzy = true;
                }
            }
        }
        return toResult(searcher, request, userQuery, target, text, hits, didYouMean, fuzzy);
    }

    /**
     * Completions for what someone is typing: titles and keywords of studies {@code visibility} may see, best first.
     * Empty for prefixes shorter than two characters.
     */
    public List<String> suggest(String prefix, Visibility visibility, int limit) {
        Objects.requireNonNull(visibility, "visibility");
        if (prefix == null || limit <= 0) {
            return List.of();
        }
        return index.withSearcher(searcher -> autocomplete.suggest(searcher, prefix, visibility, limit));
    }

    private SearchResult toResult(IndexSearcher searcher, SearchRequest request, UserQuery userQuery, SearchTarget target,
                                  Query text, FacetedHits hits, String didYouMean, boolean fuzzy) throws IOException {
        Snippets.Plan marks = userQuery.isBrowse() ? null : snippets.plan(text, target);
        List<SearchHit> items = hitReader.read(searcher, hits.page(), request.type(), marks);
        return new SearchResult(hits.total(), request.page(), request.size(), items, hits.facets(), didYouMean, fuzzy,
                hits.totalExact(), hits.facetsSampled());
    }

    /**
     * Kind of document, visibility and years: the restrictions that do not come from facets. Kind and visibility are
     * evaluated once per segment and kept as bits ({@link SegmentCachedFilter}); they are still a clause of every query.
     */
    private static Query filter(SearchRequest request) {
        Query kindAndVisibility = new BooleanQuery.Builder()
                .add(FilterQueries.kind(request.type()), Occur.FILTER)
                .add(FilterQueries.visibility(request.visibility()), Occur.FILTER)
                .build();
        String key = request.type() + "|" + request.visibility().level() + "|"
                + new java.util.TreeSet<>(request.visibility().departments());
        BooleanQuery.Builder filter = new BooleanQuery.Builder()
                .add(new SegmentCachedFilter(key, kindAndVisibility), Occur.FILTER);
        Query years = FilterQueries.years(request.yearFrom(), request.yearTo());
        if (years != null) {
            filter.add(years, Occur.FILTER);
        }
        return filter.build();
    }
}
