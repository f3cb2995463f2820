package io.archivo.files.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.archivo.ddi.model.Category;
import io.archivo.ddi.model.Variable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A file's columns against the study's DDI variables (matched by name, ignoring case): variables without a column,
 * columns without a variable, types that disagree (a numeric variable whose column holds text), and codes in the
 * data that the variable's categories do not declare. {@code scope} says which variables were compared: those of
 * the file's {@code fileDscr}, or the whole study when the file matches none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DdiComparison(String fileDscrId, String scope, int columns, int variables,
        List<String> variablesWithoutColumn, List<String> columnsWithoutVariable, List<Mismatch> typeMismatches,
        List<UndeclaredCodes> undeclaredCodes) {

    public record Mismatch(String column, String variable, String columnType, String ddiType, String detail) {
    }

    public record UndeclaredCodes(String column, String variable, List<String> values) {
    }

    public static DdiComparison of(TableProfile profile, List<Variable> all, String fileDscrId, int fileDscrCount) {
        List<Variable> vars = inScope(all, fileDscrId, fileDscrCount);
        Map<String, Variable> byName = new LinkedHashMap<>();
        for (Variable v : vars) {
            if (v.name() != null) {
                byName.putIfAbsent(key(v.name()), v);
            }
        }
        Set<String> columnNames = profile.columns().stream().map(c -> key(c.name())).collect(Collectors.toSet());
        List<String> withoutColumn = byName.entrySet().stream().filter(e -> !columnNames.contains(e.getKey()))
                .map(e -> e.getValue().name()).toList();
        List<String> withoutVariable = new ArrayList<>();
        List<Mismatch> mismatches = new ArrayList<>();
        List<UndeclaredCodes> undeclared = new ArrayList<>();
        for (TableProfile.Column c : profile.columns()) {
            Variable v = byName.get(key(c.name()));
            if (v == null) {
                withoutVariable.add(c.name());
                continue;
            }
            Mismatch m = mismatch(c, v);
            if (m != null) {
                mismatches.add(m);
            }
            List<String> codes = undeclared(c, v);
            if (!codes.isEmpty()) {
                undeclared.add(new UndeclaredCodes(c.name(), v.name(), codes));
            }
        }
        return new DdiComparison(fileDscrId, fileDscrId == null ? "study" : "fileDscr", profile.columns().size(),
                vars.size(), withoutColumn, withoutVariable, mismatches, undeclared);
    }

    /** The variables of the file's fileDscr (a variable naming no file belongs to the only one there is). */
    private static List<Variable> inScope(List<Variable> all, String fileDscrId, int fileDscrCount) {
        if (fileDscrId == null) {
            return all;
        }
        return all.stream().filter(v -> v.fileId() == null || v.fileId().isBlank() ? fileDscrCount <= 1
                : Arrays.asList(v.fileId().strip().split("\\s+")).contains(fileDscrId)).toList();
    }

    /** The type the DDI declares: {@code numeric}/{@code character} (varFormat), else numeric when continuous. */
    static String ddiType(Variable v) {
        if (v.formatType() != null && !v.formatType().isBlank()) {
            return v.formatType().strip().toLowerCase(Locale.ROOT);
        }
        return "contin".equalsIgnoreCase(v.intervalType()) ? "numeric" : null;
    }

    private static Mismatch mismatch(TableProfile.Column c, Variable v) {
        String ddi = ddiType(v);
        if (ddi == null || c.type().equals("empty")) {
            return null;
        }
        if (ddi.equals("numeric") && !c.numeric()) {
            return new Mismatch(c.name(), v.name(), c.type(), ddi, "The DDI declares a numeric variable; the column"
                    + " holds " + c.type() + " values");
        }
        if ("contin".equalsIgnoreCase(v.intervalType()) && !c.numeric()) {
            return new Mismatch(c.name(), v.name(), c.type(), "contin", "The DDI declares a continuous variable;"
                    + " the column holds " + c.type() + " values");
        }
        return null;
    }

    /** Codes seen in the column (when all its values are known) that are no category of the variable. */
    private static List<String> undeclared(TableProfile.Column c, Variable v) {
        if (v.categories().isEmpty() || !c.distinctExact() || c.topCategories() == null
                || c.distinct() > c.topCategories().size()) {
            return List.of();
        }
        Set<String> declared = v.categories().stream().map(Category::value).filter(x -> x != null)
                .map(String::strip).collect(Collectors.toSet());
        return c.topCategories().stream().map(TableProfile.Category::value).filter(x -> !declared.contains(x))
                .sorted().toList();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
