package io.archivo.search.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NdcgTest {

    private static final double EPS = 1e-9;
    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    @Test
    void perfectRankingScoresOne() {
        assertEquals(1.0, Ndcg.at(10, List.of("a", "b", "c"), Map.of("a", 3, "b", 2, "c", 1)), EPS);
    }

    @Test
    void dcgUsesExponentialGainAndLogDiscount() {
        // (2^3-1)/log2(2) + 0/log2(3) + (2^1-1)/log2(4)
        assertEquals(7 + 0.5, Ndcg.dcg(10, List.of("a", "x", "c"), Map.of("a", 3, "c", 1)), EPS);
        // ideal: a then c
        assertEquals(7 + 1 / LOG2_3, Ndcg.idealDcg(10, Map.of("a", 3, "c", 1, "z", 0)), EPS);
    }

    @Test
    void swappedRankingIsPenalised() {
        double swapped = Ndcg.at(10, List.of("b", "a"), Map.of("a", 3, "b", 1));
        double expected = (1 + 7 / LOG2_3) / (7 + 1 / LOG2_3);
        assertEquals(expected, swapped, EPS);
    }

    @Test
    void cutOffIgnoresLaterPositionsOnBothSides() {
        assertEquals(0.0, Ndcg.at(1, List.of("x", "a"), Map.of("a", 3)), EPS);
        // ideal@1 only counts the best document
        assertEquals(1.0, Ndcg.at(1, List.of("a", "x"), Map.of("a", 3, "b", 3)), EPS);
    }

    @Test
    void missingRelevantDocumentsLowerTheScore() {
        double found = Ndcg.at(10, List.of("a"), Map.of("a", 2, "b", 2));
        assertEquals(1 / (1 + 1 / LOG2_3), found, EPS);
    }

    @Test
    void nothingRelevantScoresZeroAndEmptyRankingScoresZero() {
        assertEquals(0.0, Ndcg.at(10, List.of("a"), Map.of("a", 0)), EPS);
        assertEquals(0.0, Ndcg.at(10, List.of(), Map.of("a", 3)), EPS);
    }

    @Test
    void judgmentsParseAndRejectMalformedLines() {
        JudgedQueries judged = JudgedQueries.parse(List.of("# comment", "", "salud\tS1\t3", "salud\tS2\t1", "aire\tS3\t2"));
        assertEquals(2, judged.queries().size());
        assertEquals(Map.of("S1", 3, "S2", 1), judged.queries().get(0).grades());
        assertThrows(IllegalArgumentException.class, () -> JudgedQueries.parse(List.of("salud S1 3")));
    }
}
