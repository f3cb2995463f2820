package io.archivo.web;

import io.archivo.ddi.model.Category;
import io.archivo.ddi.model.Text;
import io.archivo.ddi.model.Variable;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A variable as the study page lists it, with its categories, their frequencies and share. */
@TemplateData
public record VariableView(String anchor, String name, String label, String labelLang, String question, String kind,
        boolean open, List<CategoryView> categories, Map<String, String> statistics) {

    @TemplateData
    public record CategoryView(String value, String label, String frequency, String percent, boolean missing) {
    }

    public static VariableView of(Variable v, String filter) {
        String name = v.name() == null ? v.id() : v.name();
        long total = v.categories().stream().filter(c -> c.frequency() != null && !c.missing())
                .mapToLong(Category::frequency).sum();
        List<CategoryView> categories = v.categories().stream().map(c -> new CategoryView(c.value(),
                Text.preferred(c.labels(), "es"), c.frequency() == null ? "" : String.format(Locale.ROOT, "%,d", c.frequency()).replace(',', '.'),
                c.frequency() == null || total == 0 || c.missing() ? ""
                        : String.format(Locale.ROOT, "%.1f %%", 100.0 * c.frequency() / total).replace('.', ','),
                c.missing())).toList();
        String kind = v.isDiscrete() ? "discreta" : "contin".equalsIgnoreCase(v.intervalType()) ? "continua"
                : v.formatType() == null ? null : v.formatType().equals("numeric") ? "numérica" : "texto";
        return new VariableView("v-" + (name == null ? String.valueOf(v.position()) : name.replaceAll("[^A-Za-z0-9_-]", "_")),
                name, Text.preferred(v.labels(), "es"), language(v.labels()), Text.preferred(v.questions(), "es"),
                kind, filter != null && filter.equalsIgnoreCase(name), categories, new TreeMap<>(v.statistics()));
    }

    /** The language of the shown label when it is not Spanish, for a {@code lang} attribute. */
    private static String language(List<Text> labels) {
        String shown = Text.preferred(labels, "es");
        for (Text t : labels) {
            if (t.value().equals(shown) && t.lang() != null && !t.lang().toLowerCase(Locale.ROOT).startsWith("es")) {
                return t.lang();
            }
        }
        return null;
    }
}
