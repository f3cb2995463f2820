package io.archivo.harvest;

import java.util.List;

/**
 * The thematic area of a process (free text in the inventory) mapped to an EU data theme and to a category of
 * Colombia's open-data portal (datos.gov.co). The first rule whose keyword occurs in the area's slug wins; an area
 * no rule knows gets {@link #FALLBACK}. The table is in docs/harvesting.md: keep the two in step.
 */
public final class Themes {

    /** EU "Data theme" authority table (the DCAT-AP vocabulary for dcat:theme). */
    public static final String EU_SCHEME = "http://publications.europa.eu/resource/authority/data-theme";

    /** One mapping: EU theme code (e.g. {@code HEAL}) and the datos.gov.co category. */
    public record Theme(String euCode, String datosAbiertos) {
        public String euUri() {
            return EU_SCHEME + "/" + euCode;
        }

        /** The English label of the EU theme, as the authority table gives it. */
        public String euLabel() {
            return EU_LABELS.get(euCode);
        }
    }

    private static final java.util.Map<String, String> EU_LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("AGRI", "Agriculture, fisheries, forestry and food"),
            java.util.Map.entry("ECON", "Economy and finance"),
            java.util.Map.entry("EDUC", "Education, culture and sport"),
            java.util.Map.entry("ENER", "Energy"),
            java.util.Map.entry("ENVI", "Environment"),
            java.util.Map.entry("GOVE", "Government and public sector"),
            java.util.Map.entry("HEAL", "Health"),
            java.util.Map.entry("INTR", "International issues"),
            java.util.Map.entry("JUST", "Justice, legal system and public safety"),
            java.util.Map.entry("REGI", "Regions and cities"),
            java.util.Map.entry("SOCI", "Population and society"),
            java.util.Map.entry("TECH", "Science and technology"),
            java.util.Map.entry("TRAN", "Transport"));

    private record Rule(String keyword, Theme theme) {
    }

    public static final Theme FALLBACK = new Theme("GOVE", "Estadísticas Nacionales");

    private static final List<Rule> RULES = List.of(
            new Rule("salud", new Theme("HEAL", "Salud y Protección Social")),
            new Rule("educacion", new Theme("EDUC", "Educación")),
            new Rule("cultura", new Theme("EDUC", "Cultura")),
            new Rule("turismo", new Theme("EDUC", "Comercio, Industria y Turismo")),
            new Rule("deporte", new Theme("EDUC", "Deporte y Recreación")),
            new Rule("ambiente", new Theme("ENVI", "Ambiente y Desarrollo Sostenible")),
            new Rule("transporte", new Theme("TRAN", "Transporte")),
            new Rule("movilidad", new Theme("TRAN", "Transporte")),
            new Rule("transito", new Theme("TRAN", "Transporte")),
            new Rule("infraestructura", new Theme("TRAN", "Vivienda, Ciudad y Territorio")),
            new Rule("vivienda", new Theme("REGI", "Vivienda, Ciudad y Territorio")),
            new Rule("territori", new Theme("REGI", "Vivienda, Ciudad y Territorio")),
            new Rule("finanzas", new Theme("ECON", "Hacienda y Crédito Público")),
            new Rule("hacienda", new Theme("ECON", "Hacienda y Crédito Público")),
            new Rule("econom", new Theme("ECON", "Economía y Finanzas")),
            new Rule("empleo", new Theme("ECON", "Trabajo")),
            new Rule("trabajo", new Theme("ECON", "Trabajo")),
            new Rule("seguridad", new Theme("JUST", "Seguridad y Defensa")),
            new Rule("convivencia", new Theme("JUST", "Seguridad y Defensa")),
            new Rule("justicia", new Theme("JUST", "Justicia y Derecho")),
            new Rule("inclusion", new Theme("SOCI", "Inclusión Social y Reconciliación")),
            new Rule("demograf", new Theme("SOCI", "Estadísticas Nacionales")),
            new Rule("poblacion", new Theme("SOCI", "Estadísticas Nacionales")),
            new Rule("condiciones-de-vida", new Theme("SOCI", "Inclusión Social y Reconciliación")),
            new Rule("gobierno", new Theme("GOVE", "Función Pública")),
            new Rule("gestion-publica", new Theme("GOVE", "Función Pública")));

    private Themes() {
    }

    public static Theme of(String thematicArea) {
        if (thematicArea == null || thematicArea.isBlank()) {
            return FALLBACK;
        }
        String slug = Slugs.of(thematicArea);
        return RULES.stream().filter(r -> slug.contains(r.keyword())).map(Rule::theme).findFirst().orElse(FALLBACK);
    }
}
