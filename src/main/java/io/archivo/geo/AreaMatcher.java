package io.archivo.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one recogniser of Cali's places, built from one version of the frame. Two ways of reading:
 * <ul>
 * <li>{@link #match(String)}: a whole value, as a DDI {@code geogCover} or a table's column holds it: "Comuna 3",
 * "comuna 03", "C3", "COM-3", "3" (a comuna number), "Navarro", "Corregimiento de Navarro", "76001", "Cali";</li>
 * <li>{@link #inText(String)} / {@link #inWords(List)}: the comunas and corregimientos named anywhere in free text:
 * "comuna tres", "comunas 14, 15 y 21", "Comuna No. 8", "C3", "río Pichindé", "corregimiento de Montebello",
 * with the positions of the words that named them (search leaves those words out of its word matching).</li>
 * </ul>
 * Accents and case do not matter. Every answer says which rule matched, so a mapping can be reported rather than
 * applied silently. {@link #coverage} is the rule that gives a study its areas. Barrios are not recognised (there
 * are more than 300, and their names are ordinary words).
 */
public final class AreaMatcher {

    /** How a value was matched. */
    public enum Rule { CODE, NAME, COMUNA_NUMBER, CORREGIMIENTO_NAME, MUNICIPALITY, IN_TEXT, ZONE, SPECIAL }

    /**
     * Folded words of the values that name the codes tables use besides places (the whole value, not a part of it):
     * the urban and the rural zone as wholes, and SDMX's special codes for outside Cali, unknown and not applicable.
     * The frame holds them as areas of kind {@code zona} and {@code especial} from version 1.1 on; a version without
     * them simply recognises none.
     */
    private static final Map<String, String> TABLE_VALUES = tableValues();

    private static Map<String, String> tableValues() {
        Map<String, String> out = new HashMap<>();
        for (String v : List.of("urbana", "urbano", "zona urbana", "area urbana", "cabecera", "cabecera municipal",
                "cabecera urbana", "casco urbano", "total urbano", "zona urbana comunas", "comunas")) {
            out.put(v, "URBANA");
        }
        for (String v : List.of("rural", "zona rural", "area rural", "resto", "rural disperso", "total rural",
                "centros poblados y rural disperso", "zona rural corregimientos", "corregimientos")) {
            out.put(v, "RURAL");
        }
        for (String v : List.of("otro municipio", "otros municipios", "fuera de cali", "fuera del municipio",
                "otra ciudad", "otras ciudades", "otro departamento", "fuera de cali otro municipio")) {
            out.put(v, "_O");
        }
        for (String v : List.of("sin informacion", "sin info", "sin dato", "sin datos", "no sabe", "no informa",
                "no responde", "ns nr", "nsnr", "desconocido", "desconocida", "ignorado", "no reportado",
                "sin especificar", "no especificado", "no especificada")) {
            out.put(v, "_U");
        }
        for (String v : List.of("no aplica", "n a", "na")) {
            out.put(v, "_Z");
        }
        return Map.copyOf(out);
    }

    /** One value and where it went; {@code area} is null when nothing matched. */
    public record Match(String value, GeoArea area, Rule rule) {
        public boolean matched() {
            return area != null;
        }
    }

    /** The areas named in a text (in order of appearance) and the positions of the words that named them. */
    public record Found(List<GeoArea> areas, Set<Integer> words) {
        public Found {
            areas = List.copyOf(areas);
            words = Set.copyOf(words);
        }

        public boolean isEmpty() {
            return areas.isEmpty();
        }

        public List<String> codes() {
            return areas.stream().map(GeoArea::code).toList();
        }
    }

    private static final Found NOTHING = new Found(List.of(), Set.of());
    private static final Pattern COMUNA = Pattern.compile("^(?:comuna|com|c)\\s*[-_.]?\\s*0*(\\d{1,2})$");
    private static final Pattern NUMBER = Pattern.compile("^0*(\\d{1,2})$");
    private static final Pattern CORREGIMIENTO = Pattern.compile("^(?:corregimiento|correg|corr)\\.?\\s+(?:de\\s+)?(.+)$");
    private static final Pattern SHORTHAND = Pattern.compile("^c(\\d{1,2})$");
    private static final Pattern DIGITS = Pattern.compile("^\\d{1,2}$");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("uno", 1), Map.entry("una", 1),
            Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6),
            Map.entry("siete", 7), Map.entry("ocho", 8), Map.entry("nueve", 9), Map.entry("diez", 10), Map.entry("once", 11),
            Map.entry("doce", 12), Map.entry("trece", 13), Map.entry("catorce", 14), Map.entry("quince", 15),
            Map.entry("dieciseis", 16), Map.entry("diecisiete", 17), Map.entry("dieciocho", 18), Map.entry("diecinueve", 19),
            Map.entry("veinte", 20), Map.entry("veintiuno", 21), Map.entry("veintiuna", 21), Map.entry("veintidos", 22));

    private final Map<String, GeoArea> byCode = new HashMap<>();
    private final Map<String, GeoArea> byName = new HashMap<>();
    private final Map<Integer, GeoArea> comunas = new HashMap<>();
    /** Corregimientos by their folded name as words ("la", "buitrera"), for free text. */
    private final Map<List<String>, GeoArea> corregimientos = new LinkedHashMap<>();
    private GeoArea municipality;
    /** Zones and special codes by code and by their name's folded words; never a place a study covers. */
    private final Map<String, GeoArea> tableCodes = new HashMap<>();

    public AreaMatcher(List<GeoArea> areas) {
        for (GeoArea a : areas) {
            if (!a.isPlace()) {
                tableCodes.put(a.code(), a);
                tableCodes.put(String.join(" ", words(a.name())), a);
                continue;
            }
            byCode.put(fold(a.code()), a);
            byName.put(fold(a.name()), a);
            if (GeoArea.MUNICIPIO.equals(a.kind())) {
                municipality = a;
            }
            if (GeoArea.COMUNA.equals(a.kind())) {
                Matcher m = Pattern.compile("(\\d+)").matcher(a.name());
                if (m.find()) {
                    comunas.put(Integer.parseInt(m.group(1)), a);
                }
            }
            if (GeoArea.CORREGIMIENTO.equals(a.kind())) {
                corregimientos.put(words(a.name()), a);
            }
        }
    }

    /** A whole value: the area it names, or no area. */
    public Match match(String value) {
        if (value == null || value.isBlank()) {
            return new Match(value, null, null);
        }
        String f = fold(value);
        Matcher c = COMUNA.matcher(f);
        if (c.matches() && comunas.containsKey(Integer.parseInt(c.group(1)))) {
            return new Match(value, comunas.get(Integer.parseInt(c.group(1))), Rule.COMUNA_NUMBER);
        }
        if (byCode.containsKey(f)) {
            return new Match(value, byCode.get(f), Rule.CODE);
        }
        Matcher n = NUMBER.matcher(f);
        if (n.matches() && comunas.containsKey(Integer.parseInt(n.group(1)))) {
            return new Match(value, comunas.get(Integer.parseInt(n.group(1))), Rule.COMUNA_NUMBER);
        }
        if (byName.containsKey(f)) {
            return new Match(value, byName.get(f), Rule.NAME);
        }
        Matcher r = CORREGIMIENTO.matcher(f);
        if (r.matches() && byName.containsKey(r.group(1))) {
            return new Match(value, byName.get(r.group(1)), Rule.CORREGIMIENTO_NAME);
        }
        if (municipality != null && (f.equals("cali") || f.equals("santiago de cali") || f.equals("total cali")
                || f.equals("total"))) {
            return new Match(value, municipality, Rule.MUNICIPALITY);
        }
        return new Match(value, null, null);
    }

    /**
     * A whole value of a table's area column or of an area variable's category: a place of the frame
     * ({@link #match}), else a zone or special code of the frame ("Zona rural", "Sin información", "Otro municipio").
     */
    public Match matchTableValue(String value) {
        Match place = match(value);
        if (place.matched() || value == null) {
            return place;
        }
        String w = String.join(" ", words(value));
        GeoArea area = tableCodes.get(w);
        if (area == null && TABLE_VALUES.containsKey(w)) {
            area = tableCodes.get(TABLE_VALUES.get(w));
        }
        if (area == null) {
            return place;
        }
        return new Match(value, area, GeoArea.ZONA.equals(area.kind()) ? Rule.ZONE : Rule.SPECIAL);
    }

    /** Every distinct value with its match, in first-seen order. */
    public List<Match> matchAll(Iterable<String> values) {
        Map<String, Match> out = new LinkedHashMap<>();
        for (String v : values) {
            out.computeIfAbsent(v, this::match);
        }
        return new ArrayList<>(out.values());
    }

    /** The comunas and corregimientos named anywhere in {@code text}. */
    public Found inText(String text) {
        if (text == null || text.isBlank()) {
            return NOTHING;
        }
        return inWords(words(text));
    }

    /**
     * The comunas and corregimientos named by {@code words} (in order; folded or not), with the positions of the words
     * that name them: "comuna 3", "comuna tres", "comuna no. 3", "comunas 14, 15 y 21", "C3", "Pance",
     * "corregimiento (de) La Buitrera". The municipality is not recognised in free text: "Cali" is in nearly every
     * title and query, and names no particular area.
     */
    public Found inWords(List<String> words) {
        List<String> w = words.stream().map(AreaMatcher::fold).toList();
        Set<GeoArea> found = new LinkedHashSet<>();
        Set<Integer> used = new LinkedHashSet<>();
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            if (word.equals("comuna") || word.equals("comunas")) {
                comunaRun(w, i, found, used);
                continue;
            }
            Matcher shorthand = SHORTHAND.matcher(word);
            if (shorthand.matches() && comuna(Integer.parseInt(shorthand.group(1))) != null) {
                found.add(comuna(Integer.parseInt(shorthand.group(1))));
                used.add(i);
                continue;
            }
            for (Map.Entry<List<String>, GeoArea> name : corregimientos.entrySet()) {
                if (matchesAt(w, i, name.getKey())) {
                    found.add(name.getValue());
                    for (int k = 0; k < name.getKey().size(); k++) {
                        used.add(i + k);
                    }
                    // "corregimiento (de) Pance": the word before names the kind of place
                    if (i > 0 && w.get(i - 1).startsWith("corregimiento")) {
                        used.add(i - 1);
                    } else if (i > 1 && w.get(i - 1).equals("de") && w.get(i - 2).startsWith("corregimiento")) {
                        used.add(i - 1);
                        used.add(i - 2);
                    }
                }
            }
        }
        return new Found(new ArrayList<>(found), used);
    }

    /** "comuna 3", "comuna tres", "comuna no. 3" (one number), "comunas 14, 15 y 21" (several). */
    private void comunaRun(List<String> w, int i, Set<GeoArea> found, Set<Integer> used) {
        boolean plural = w.get(i).equals("comunas");
        int j = i + 1;
        if (j < w.size() && (w.get(j).equals("no") || w.get(j).equals("numero"))) {
            j++;
        }
        List<Integer> numbers = new ArrayList<>();
        while (j < w.size()) {
            GeoArea area = comunaWord(w.get(j));
            if (area != null) {
                numbers.add(j);
                found.add(area);
                j++;
            } else if (!numbers.isEmpty() && w.get(j).equals("y") && j + 1 < w.size() && comunaWord(w.get(j + 1)) != null) {
                used.add(j);
                j++;
            } else {
                break;
            }
            if (!plural) {
                break;
            }
        }
        if (!numbers.isEmpty()) {
            used.add(i);
            if (i + 1 < w.size() && !numbers.contains(i + 1)) {
                used.add(i + 1);
            }
            used.addAll(numbers);
        }
    }

    private GeoArea comunaWord(String word) {
        if (DIGITS.matcher(word).matches()) {
            return comuna(Integer.parseInt(word));
        }
        Integer n = NUMBER_WORDS.get(word);
        return n == null ? null : comuna(n);
    }

    private GeoArea comuna(int number) {
        return comunas.get(number);
    }

    private static boolean matchesAt(List<String> words, int at, List<String> name) {
        if (name.isEmpty() || at + name.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < name.size(); k++) {
            if (!words.get(at + k).equals(name.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The areas a study covers, by one rule for every reader (the study API, search, OAI-PMH sets, DCAT, schema.org,
     * the web page):
     * <ul>
     * <li>each {@code geogCover} value is read whole ({@link #match}); failing that, the comunas and corregimientos
     * it names in its text ({@link Rule#IN_TEXT}: "Comunas 13, 14, 15 y 21"); failing that, the municipality when it
     * names Cali ("Santiago de Cali, Valle del Cauca"); otherwise it is reported unmatched;</li>
     * <li>each {@code geogUnit} value is read whole only: it usually names the kind of unit ("Comunas (22) y
     * corregimientos (15)"), not the units covered, so its numbers are not read as comunas;</li>
     * <li>titles add the comunas and corregimientos they name in their text (as search always did); a title that
     * names none is not a mapping failure and is not reported.</li>
     * </ul>
     * An area is listed once, with the first value and rule that gave it.
     */
    public AreaCoverage coverage(List<String> geogCover, List<String> geogUnits, List<String> titles) {
        Map<String, AreaCoverage.Area> areas = new LinkedHashMap<>();
        List<AreaCoverage.Unmatched> unmatched = new ArrayList<>();
        for (String value : distinct(geogCover)) {
            Match whole = match(value);
            if (whole.matched()) {
                add(areas, whole.area(), value, AreaCoverage.GEOG_COVER, whole.rule());
                continue;
            }
            Found found = inText(value);
            if (!found.isEmpty()) {
                found.areas().forEach(a -> add(areas, a, value, AreaCoverage.GEOG_COVER, Rule.IN_TEXT));
            } else if (municipality != null && words(value).contains("cali")) {
                add(areas, municipality, value, AreaCoverage.GEOG_COVER, Rule.MUNICIPALITY);
            } else {
                unmatched.add(new AreaCoverage.Unmatched(value, AreaCoverage.GEOG_COVER));
            }
        }
        for (String value : distinct(geogUnits)) {
            Match whole = match(value);
            if (whole.matched()) {
                add(areas, whole.area(), value, AreaCoverage.GEOG_UNIT, whole.rule());
            } else {
                unmatched.add(new AreaCoverage.Unmatched(value, AreaCoverage.GEOG_UNIT));
            }
        }
        for (String title : distinct(titles)) {
            inText(title).areas().forEach(a -> add(areas, a, title, AreaCoverage.TITLE, Rule.IN_TEXT));
        }
        return new AreaCoverage(new ArrayList<>(areas.values()), unmatched);
    }

    private static void add(Map<String, AreaCoverage.Area> into, GeoArea area, String value, String source, Rule rule) {
        into.putIfAbsent(area.code(), new AreaCoverage.Area(area.code(), area.name(), area.kind(), value, source,
                rule.name()));
    }

    private static List<String> distinct(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    /** Folded words of a text: lower case, no accents, split on anything that is not a letter or digit. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Lower case, accents folded, separators collapsed to single spaces. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ").strip();
    }
}
