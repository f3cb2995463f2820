package io.archivo.search.relevance;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.enc;

import io.archivo.testsupport.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Relevance of the catalogue search as citizens get it: the judged queries of
 * {@code /search/judgments-catalogue.tsv} are sent anonymously to {@code GET /api/v1/search} of the running
 * application (the demo catalogue), and the ranked study ids are scored with nDCG@10.
 * <p>
 * A judged query that starts with {@code [variable] } is a variable-level need: it is sent with {@code type=variable}
 * and the ranking is the order in which studies first appear among the variable hits (the question being "which
 * study has a variable about this?").
 */
public final class CatalogueRelevance {

    public static final String JUDGMENTS = "/search/judgments-catalogue.tsv";
    public static final int K = 10;
    private static final String VARIABLE_PREFIX = "[variable] ";

    private CatalogueRelevance() {
    }

    /** The ranked study ids the public search returns for a judged query (first {@link #K}). */
    public static List<String> rank(String judgedQuery) {
        boolean variable = judgedQuery.startsWith(VARIABLE_PREFIX);
        String q = variable ? judgedQuery.substring(VARIABLE_PREFIX.length()) : judgedQuery;
        String url = "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (variable ? "&type=variable&size=100" : "&size=" + K);
        JsonPath result = anonymous().get(url).then().statusCode(200).extract().jsonPath();
        List<String> ids = result.getList("items.studyId", String.class);
        List<String> studies = new ArrayList<>(new LinkedHashSet<>(ids));
        return studies.subList(0, Math.min(K, studies.size()));
    }

    /** Scores every judged query; prints one line per query and the mean. */
    public static double meanNdcg(JudgedQueries judged, boolean print) {
        List<JudgedQueries.Scored> scored = judged.score(CatalogueRelevance::rank, K);
        if (print) {
            scored.forEach(s -> System.out.printf(Locale.ROOT, "nDCG@%d %.3f  %-40s %s%n", K, s.ndcg(), s.query(),
                    s.ranked().subList(0, Math.min(5, s.ranked().size()))));
        }
        double mean = JudgedQueries.mean(scored);
        System.out.printf(Locale.ROOT, "relevance: mean nDCG@%d over %d judged queries (demo catalogue): %.3f%n",
                K, scored.size(), mean);
        return mean;
    }
}
