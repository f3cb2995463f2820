package io.archivo.sdmx.mapping;

import io.archivo.ddi.model.Variable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the dimensions of a DSD from a study's variables when no curator designated them:
 * <ol>
 * <li>the first variable whose name has a time word (anio, año, year, periodo, mes, fecha, …) → TIME_PERIOD;</li>
 * <li>the first other variable whose name has a geographic word (comuna, barrio, municipio, dpto, area, zona, …)
 * → REF_AREA;</li>
 * <li>then, in document order, discrete variables with 1 to {@value #MAX_CATEGORIES} categories,</li>
 * </ol>
 * until {@value #MAX_DIMENSIONS} non-time dimensions are chosen. Names are matched by word (split on anything
 * but letters), accent-folded and lower-cased, so "AÑO_ENCUESTA" and "cod_comuna" are recognised but "mesada" is not.
 */
public final class DimensionHeuristic {

    public static final int MAX_DIMENSIONS = 6;
    public static final int MAX_CATEGORIES = 50;

    static final Set<String> TIME_WORDS = Set.of("anio", "ano", "anno", "year", "periodo", "period", "mes",
            "month", "fecha", "date", "trimestre", "quarter", "semestre", "vigencia");
    static final Set<String> GEO_WORDS = Set.of("comuna", "barrio", "municipio", "mpio", "departamento", "dpto",
            "depto", "area", "zona", "corregimiento", "vereda", "localidad", "region", "territorio");

    /** The chosen roles; {@code time} and {@code area} may be absent. */
    public record Choice(Optional<Variable> time, Optional<Variable> area, List<Variable> others) {
    }

    private DimensionHeuristic() {
    }

    public static Choice choose(List<Variable> variables) {
        Optional<Variable> time = variables.stream().filter(DimensionHeuristic::isTimeLike).findFirst();
        Optional<Variable> area = variables.stream()
                .filter(v -> time.map(t -> t != v).orElse(true))
                .filter(v -> hasWord(v.name(), GEO_WORDS)).findFirst();
        List<Variable> others = new ArrayList<>();
        int room = MAX_DIMENSIONS - (area.isPresent() ? 1 : 0);
        for (Variable v : variables) {
            if (others.size() >= room) {
                break;
            }
            boolean taken = time.map(t -> t == v).orElse(false) || area.map(a -> a == v).orElse(false);
            if (!taken && isSmallDiscrete(v)) {
                others.add(v);
            }
        }
        return new Choice(time, area, List.copyOf(others));
    }

    static boolean isTimeLike(Variable v) {
        return hasWord(v.name(), TIME_WORDS);
    }

    static boolean isSmallDiscrete(Variable v) {
        return v.isDiscrete() && !v.categories().isEmpty() && v.categories().size() <= MAX_CATEGORIES;
    }

    static boolean hasWord(String name, Set<String> words) {
        if (name == null) {
            return false;
        }
        String folded = SdmxIds.fold(name).toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^a-z]+")).anyMatch(words::contains);
    }
}
