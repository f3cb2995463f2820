package io.archivo.search.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the places of Santiago de Cali in text: the 22 comunas ("comuna 3", "comuna tres", "comuna 03", "C3",
 * "comunas 14, 15 y 21") and the 15 corregimientos by name ("Pance", "La Buitrera", "corregimiento de Navarro"). Each
 * place gets a code ({@code comuna-3}, {@code corregimiento-la-buitrera}); the index keeps the codes of a study's
 * geographic coverage and title in {@link Fields#PLACE}, and a query that names a place is matched against them.
 * <p>
 * A small recogniser of its own: the comunas codelist of the {@code geo} capability can replace the name list once it
 * exists. Barrios are not recognised (there are more than 300, and their names are ordinary words).
 */
public final class Places {

    public static final int COMUNAS = 22;

    /** Folded names of the corregimientos, as words. */
    static final List<List<String>> CORREGIMIENTOS = List.of("navarro", "la buitrera", "pance", "los andes", "montebello",
            "golondrinas", "la castilla", "la elvira", "la leonera", "felidia", "el saladito", "pichinde", "la paz",
            "el hormiguero", "villacarmelo").stream().map(n -> List.of(n.split(" "))).toList();

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("uno", 1), Map.entry("una", 1),
            Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6),
            Map.entry("siete", 7), Map.entry("ocho", 8), Map.entry("nueve", 9), Map.entry("diez", 10), Map.entry("once", 11),
            Map.entry("doce", 12), Map.entry("trece", 13), Map.entry("catorce", 14), Map.entry("quince", 15),
            Map.entry("dieciseis", 16), Map.entry("diecisiete", 17), Map.entry("dieciocho", 18), Map.entry("diecinueve", 19),
            Map.entry("veinte", 20), Map.entry("veintiuno", 21), Map.entry("veintiuna", 21), Map.entry("veintidos", 22));

    /** Places found in a list of words, and which words named them. */
    public record Found(Set<String> codes, Set<Integer> words) {
        public boolean isEmpty() {
            return codes.isEmpty();
        }
    }

    private Places() {
    }

    /** The place codes named anywhere in {@code text}. */
    public static Set<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return in(words(text)).codes();
    }

    /** Folded words of a text: lower case, no accents, split on anything that is not a letter or digit. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Folding.fold(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Places named by {@code words} (already folded, in order), with the positions of the words that name them. */
    public static Found in(List<String> words) {
        Set<String> codes = new LinkedHashSet<>();
        Set<Integer> used = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = fold(words.get(i));
            if (w.equals("comuna") || w.equals("comunas")) {
                // "comuna 3", "comuna tres", "comuna no. 3", "comunas 14, 15 y 21"
                int j = i + 1;
                if (j < words.size() && (fold(words.get(j)).equals("no") || fold(words.get(j)).equals("numero"))) {
                    j++;
                }
                List<Integer> numbers = new ArrayList<>();
                while (j < words.size()) {
                    Integer n = number(fold(words.get(j)));
                    if (n != null) {
                        numbers.add(j);
                        codes.add("comuna-" + n);
                        j++;
                    } else if (!numbers.isEmpty() && fold(words.get(j)).equals("y") && j + 1 < words.size()
                            && number(fold(words.get(j + 1))) != null) {
                        used.add(j);
                        j++;
                    } else {
                        break;
                    }
                    if (w.equals("comuna")) {
                        break;
                    }
                }
                if (!numbers.isEmpty()) {
                    used.add(i);
                    if (i + 1 < words.size() && !numbers.contains(i + 1)) {
                        used.add(i + 1);
                    }
                    used.addAll(numbers);
                }
                continue;
            }
            Integer shorthand = shorthand(w);
            if (shorthand != null) {
                codes.add("comuna-" + shorthand);
                used.add(i);
                continue;
            }
            for (List<String> name : CORREGIMIENTOS) {
                if (matchesAt(words, i, name)) {
                    codes.add("corregimiento-" + String.join("-", name));
                    for (int k = 0; k < name.size(); k++) {
                        used.add(i + k);
                    }
                    // "corregimiento (de) Pance": the word before names the kind of place
                    if (i > 0 && fold(words.get(i - 1)).startsWith("corregimiento")) {
                        used.add(i - 1);
                    } else if (i > 1 && fold(words.get(i - 1)).equals("de") && fold(words.get(i - 2)).startsWith("corregimiento")) {
                        used.add(i - 1);
                        used.add(i - 2);
                    }
                }
            }
        }
        return new Found(codes, used);
    }

    private static boolean matchesAt(List<String> words, int at, List<String> name) {
        if (at + name.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < name.size(); k++) {
            if (!fold(words.get(at + k)).equals(name.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** "c3", "c03", "c13": a comuna written short, as in the city's own tables. */
    private static Integer shorthand(String w) {
        if (w.length() < 2 || w.length() > 3 || w.charAt(0) != 'c') {
            return null;
        }
        for (int k = 1; k < w.length(); k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return null;
            }
        }
        return valid(Integer.parseInt(w.substring(1)));
    }

    private static Integer number(String w) {
        if (!w.isEmpty() && w.length() <= 2 && w.chars().allMatch(Character::isDigit)) {
            return valid(Integer.parseInt(w));
        }
        Integer n = NUMBER_WORDS.get(w);
        return n == null ? null : valid(n);
    }

    private static Integer valid(int n) {
        return n >= 1 && n <= COMUNAS ? n : null;
    }

    private static String fold(String w) {
        return Folding.fold(w).toLowerCase(Locale.ROOT);
    }
}
