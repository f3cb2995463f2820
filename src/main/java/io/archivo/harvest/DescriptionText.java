package io.archivo.harvest;

import io.archivo.ddi.model.Text;
import io.archivo.harvest.source.ProcessFacts;
import io.archivo.harvest.source.PublicStudy;

/**
 * A study's description for catalogues that want one of a given length (Google Dataset Search: 50 to 5,000
 * characters): the DDI abstract, completed when short by a sentence derived from the catalogue facts, cut at a
 * word boundary when long.
 */
public final class DescriptionText {

    public static final int MIN = 50;
    public static final int MAX = 5000;

    private DescriptionText() {
    }

    /** The abstract (Spanish preferred) sized to {@link #MIN}..{@link #MAX} characters. */
    public static String sized(PublicStudy s, ProcessFacts p) {
        String text = Text.preferred(s.description().abstracts(), "es");
        text = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (text.length() < MIN) {
            text = (text.isEmpty() ? "" : text + (text.endsWith(".") ? " " : ". ")) + derived(s, p);
        }
        if (text.length() > MAX) {
            int cut = text.lastIndexOf(' ', MAX - 1);
            text = text.substring(0, cut > MAX / 2 ? cut : MAX - 1) + "…";
        }
        return text;
    }

    /** A sentence made of what the catalogue knows: title, identifier, process, department, period, variables. */
    public static String derived(PublicStudy s, ProcessFacts p) {
        StringBuilder b = new StringBuilder("Estudio estadístico «").append(s.title()).append("» (")
                .append(s.idno()).append(")");
        if (p != null) {
            b.append(" del proceso ").append(p.code()).append(" «").append(p.name()).append("»");
            if (p.departmentLabel() != null) {
                b.append(", a cargo de la dependencia ").append(p.departmentLabel());
            }
        }
        b.append(", publicado por la Alcaldía de Santiago de Cali");
        Coverage time = Coverage.of(s.description().timePeriods());
        if (time != null) {
            b.append("; periodo ").append(time.interval());
        }
        b.append("; ").append(s.variableCount()).append(s.variableCount() == 1 ? " variable" : " variables")
                .append(" documentadas en DDI.");
        return b.toString();
    }
}
