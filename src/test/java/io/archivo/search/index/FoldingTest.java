package io.archivo.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class FoldingTest {

    /** What {@link Folding#clean} did before it skipped already clean text: the reference it must still match. */
    private static String byExpressions(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return Pattern.compile("\\s+").matcher(Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]").matcher(composed)
                .replaceAll(" ")).replaceAll(" ").trim();
    }

    /** What {@link Folding#fold} did before it stripped marks without a regular expression. */
    private static String foldByExpressions(String text) {
        String decomposed = Normalizer.normalize(byExpressions(text), Normalizer.Form.NFD);
        return Pattern.compile("\\p{M}+").matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT)
                .replace('ø', 'o').replace('ß', 's').replace('æ', 'a').replace('đ', 'd').replace('ł', 'l');
    }

    @Test
    void foldRemovesAccentsAndCase() {
        assertEquals("educacion y nino", Folding.fold("EDUCACIÓN y  Niño"));
        assertEquals("encuesta", Folding.fold("encuesta"));
        assertEquals("oslo strase", Folding.fold("Øslo Straße"), "as before: ß becomes one s");
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "Encuesta de percepción ciudadana 2024";
        assertEquals(text, Folding.clean(text));
        assertEquals("", Folding.clean(""));
        assertEquals("", Folding.clean(null));
    }

    @Test
    void controlCharactersSpacesAndDecomposedLettersAreStillCleaned() {
        assertEquals("Educación y salud", Folding.clean("  Educacio\u0301n \t y\u200B\nsalud \u0000"));
        assertEquals("a b", Folding.clean("a\u200Eb"), "a format character becomes a space");
        assertEquals("x \uD83D\uDE00 y", Folding.clean("x \uD83D\uDE00 y"), "a pair of surrogates is one character");
        assertEquals("x y", Folding.clean("x\uD83Dy"), "a lone surrogate is removed");
        assertEquals("privado", Folding.clean("\uE000privado"));
    }

    @Test
    void matchesTheRegularExpressionsOnRandomText() {
        char[] alphabet = {'a', 'Z', 'é', 'ñ', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u0000', '\u001F', '\u007F',
            '\u0085', '\u00A0', '\u200B', '\u200E', '\uFEFF', '\u0301', '\u2028', '\u3000', '\uD83D', '\uDE00', '\uE000',
            '\u0378', '¿', '1', 'Ó', 'ñ', 'ß', 'Ø', '\u0308', '\u20DD', '\u0903', '\uD834', '\uDD65', 'I', '\u0130'};
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int len = random.nextInt(12); len > 0; len--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            assertEquals(byExpressions(t), Folding.clean(t), () -> "for " + t.chars().mapToObj(Integer::toHexString).toList());
            assertEquals(foldByExpressions(t), Folding.fold(t), () -> "fold " + t.chars().mapToObj(Integer::toHexString).toList());
        }
    }
}
