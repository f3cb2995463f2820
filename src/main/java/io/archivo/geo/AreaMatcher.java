package io.archivo.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the ways people write an area to its code: "Comuna 3", "comuna 03", "C3", "COM-3", "3" (a comuna number),
 * "Navarro", "Corregimiento de Navarro", "76001", "Cali". Accents and case do not matter. Every answer says
 * which rule matched, so a mapping can be reported rather than applied silently.
 */
public final class AreaMatcher {

    /** How a value was matched. */
    public enum Rule { CODE, NAME, COMUNA_NUMBER, CORREGIMIENTO_NAME, MUNICIPALITY }

    /** One value and where it went; {@code area} is null when nothing matched. */
    public record Match(String value, GeoArea area, Rule rule) {
        public boolean matched() {
            return area != null;
        }
    }

    private static final Pattern COMUNA = Pattern.compile("^(?:comuna|com|c)\\s*[-_.]?\\s*0*(\\d{1,2})$");
    private static final Pattern NUMBER = Pattern.compile("^0*(\\d{1,2})$");
    private static final Pattern CORREGIMIENTO = Pattern.compile("^(?:corregimiento|correg|corr)\\.?\\s+(?:de\\s+)?(.+)$");

    private final Map<String, GeoArea> byCode = new HashMap<>();
    private final Map<String, GeoArea> byName = new HashMap<>();
    private final Map<Integer, GeoArea> comunas = new HashMap<>();
    private GeoArea municipality;

    public AreaMatcher(List<GeoArea> areas) {
        for (GeoArea a : areas) {
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
        }
    }

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

    /** Every distinct value with its match, in first-seen order. */
    public List<Match> matchAll(Iterable<String> values) {
        Map<String, Match> out = new LinkedHashMap<>();
        for (String v : values) {
            out.computeIfAbsent(v, this::match);
        }
        return new ArrayList<>(out.values());
    }

    /** Lower case, accents folded, separators collapsed to single spaces. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ").strip();
    }
}
