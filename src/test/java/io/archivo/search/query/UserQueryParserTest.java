package io.archivo.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class UserQueryParserTest {

    @Test
    void wordsPhrasesAndExclusions() {
        UserQuery q = UserQueryParser.parse("encuesta \"calidad del aire\" -ruido -\"impuesto predial\" cali");
        assertEquals(List.of("encuesta", "cali"), q.words());
        assertEquals(List.of("calidad del aire"), q.phrases());
        assertEquals(List.of("ruido"), q.excludedWords());
        assertEquals(List.of("impuesto predial"), q.excludedPhrases());
    }

    @Test
    void unbalancedQuoteReadsTheRestAsWords() {
        UserQuery q = UserQueryParser.parse("\"calidad del aire");
        assertEquals(List.of("calidad", "del", "aire"), q.words());
        assertTrue(q.phrases().isEmpty());
    }

    @Test
    void luceneOperatorsAreNotInterpreted() {
        assertEquals(List.of("salud", "vacunación"), UserQueryParser.parse("salud AND vacunación").words());
        assertEquals(List.of("salud", "vacunación"), UserQueryParser.parse("salud || +vacunación").words());
        assertEquals(List.of("salud", "vacunación"), UserQueryParser.parse("!salud && vacunación").words());
        assertEquals(List.of("ruido"), UserQueryParser.parse("aire NOT ruido").excludedWords());
    }

    @Test
    void wildcardsAndFieldSyntaxBecomePlainText() {
        assertEquals(List.of("title", "pobreza"), UserQueryParser.parse("title:pobreza").words());
        assertEquals(List.of("educ"), UserQueryParser.parse("*educ*").words());
        assertEquals(List.of("a", "b"), UserQueryParser.parse("(a)[b]{}^~").words());
    }

    @Test
    void hyphenInsideAWordIsKept() {
        assertEquals(List.of("covid-19"), UserQueryParser.parse("covid-19").words());
    }

    @Test
    void emptyAndBlankInputsGiveAnEmptyQuery() {
        assertTrue(UserQueryParser.parse(null).isBrowse());
        assertTrue(UserQueryParser.parse("   \t\n").isBrowse());
        assertTrue(UserQueryParser.parse("\"\"").isBrowse());
        assertTrue(UserQueryParser.parse("- + ! ...").isBrowse());
    }

    @Test
    void sizeIsCappedByTokens() {
        UserQuery q = UserQueryParser.parse("palabra ".repeat(500));
        assertEquals(UserQueryParser.MAX_TOKENS, q.words().size());
        UserQuery cjk = UserQueryParser.parse("統計".repeat(400));
        assertTrue(cjk.size() <= UserQueryParser.MAX_TOKENS);
    }

    @Test
    void halvingKeepsTheFirstTermsOfEachKind() {
        UserQuery q = UserQueryParser.parse("a1 b2 c3 d4 \"x y\" -e5 -f6");
        UserQuery half = q.halved();
        assertEquals(List.of("a1", "b2"), half.words());
        assertTrue(half.phrases().isEmpty());
        assertEquals(List.of("e5"), half.excludedWords());
        assertEquals(0, half.halved().halved().size());
    }

    @Test
    void renderWritesPeoplesSyntaxBack() {
        UserQuery q = UserQueryParser.parse("educaion \"calidad del aire\" -ruido");
        assertEquals("educacion \"calidad del aire\" -ruido", q.render(w -> w.equals("educaion") ? "educacion" : w));
    }
}
