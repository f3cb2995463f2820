package io.archivo.search.service;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.search.SearchRequest;
import io.archivo.search.SearchResult;
import io.archivo.search.SearchType;
import io.archivo.search.TestCatalogue;
import io.archivo.search.Visibility;
import io.archivo.search.index.LuceneIndex;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever people type, search answers quickly with a result (possibly empty) and never throws. */
class QueryRobustnessTest {

    private static LuceneIndex index;
    private static SearchService service;

    @BeforeAll
    static void build() {
        index = TestCatalogue.newIndex();
        service = new SearchService(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static Stream<Arguments> nastyInputs() {
        return Stream.of(
                Arguments.of("null", null),
                Arguments.of("empty", ""),
                Arguments.of("blank", "   \t \n "),
                Arguments.of("lone quote", "\""),
                Arguments.of("unbalanced quote", "\"calidad del aire"),
                Arguments.of("three quotes", "\"a\" \"b"),
                Arguments.of("empty phrase", "\"\" \"  \""),
                Arguments.of("lone minus", "-"),
                Arguments.of("only exclusions", "-hogares -\"calidad del aire\""),
                Arguments.of("double minus", "--salud"),
                Arguments.of("AND at start", "AND salud"),
                Arguments.of("dangling OR", "salud OR"),
                Arguments.of("NOT only", "NOT"),
                Arguments.of("pipes and ampersands", "|| && salud || vacunación &&"),
                Arguments.of("plus and bang", "+salud !vacunación + !"),
                Arguments.of("leading wildcard", "*cion"),
                Arguments.of("only wildcards", "* ? ** ??"),
                Arguments.of("wildcard inside", "edu*ción va?una"),
                Arguments.of("field syntax", "title:hogares abstract:\"empleo\""),
                Arguments.of("range syntax", "[2019 TO 2023] {a TO z}"),
                Arguments.of("regex syntax", "/.*hogar.*/"),
                Arguments.of("fuzzy and boost syntax", "hogar~2 salud^10 \"calidad aire\"~5"),
                Arguments.of("parentheses", "((salud) OR (educación"),
                Arguments.of("escapes", "\\\\ \\\" \\* \\"),
                Arguments.of("control characters", "sa\u0000lud\u0007 \u001B[31mrojo\u200B\uFEFF"),
                Arguments.of("lone surrogate", "hogar\uD800 \uDC00salud"),
                Arguments.of("emoji", "🏠 hogares 👩‍👩‍👧"),
                Arguments.of("html", "<script>alert('x')</script>"),
                Arguments.of("sql", "'; DROP TABLE estudios; --"),
                Arguments.of("only stop words", "de la y el los"),
                Arguments.of("only punctuation", "... ,,, ;;; !!! ???"),
                Arguments.of("very long", "encuesta de hogares ".repeat(500)),
                Arguments.of("very long single word", "a".repeat(5_000)),
                Arguments.of("many short words", "a b c d e f g h i j k l m n o p q r s t u v w x y z ".repeat(20)),
                Arguments.of("long hyphenated", "a-".repeat(600)),
                Arguments.of("cjk", "統計調査".repeat(300)),
                Arguments.of("many phrases", "\"calidad del aire\" ".repeat(100)),
                Arguments.of("many fuzzy candidates", "educaion vacunasion pobresa trancito matricla recaudoo"),
                Arguments.of("numbers", "2023 2019-2023 1.5e10 -1"),
                Arguments.of("unicode normalisation", "educacio\u0301n"),
                Arguments.of("right-to-left", "\u202Eسكان\u202C"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nastyInputs")
    void anyInputGivesAResult(String name, String input) {
        for (SearchType type : SearchType.values()) {
            for (Visibility visibility : new Visibility[] {Visibility.publicOnly(), Visibility.admin()}) {
                SearchRequest request = new SearchRequest(input, type, 1, 10, null, null, null, null, visibility);
                SearchResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> service.search(request));
                assertNotNull(result);
                assertTrue(result.total() >= 0);
                assertTrue(result.items().size() <= 10);
            }
        }
        assertNotNull(assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> service.suggest(input, Visibility.publicOnly(), 10)));
    }
}
