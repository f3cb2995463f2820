package io.archivo.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A variable of a demo study: discrete when it has categories, continuous when numeric without them, or
 * character. Category labels prefixed with {@code "!"} are missing values (e.g. "Sin información"). A category may
 * carry its unweighted frequency (a third element, written as {@code catStat type="freq"}); {@code labelLang} is the
 * language of a label that is not in the study's Spanish (null otherwise).
 */
record DemoVariable(String name, String label, String question, Kind kind, List<String[]> categories,
        String labelLang) {

    enum Kind { DISCRETE, CONTINUOUS, CHARACTER }

    DemoVariable(String name, String label, String question, Kind kind, List<String[]> categories) {
        this(name, label, question, kind, categories, null);
    }

    /**
     * This variable with the frequencies of its categories, in their order (illustrative counts of the demo; one per
     * category, missing ones included).
     */
    DemoVariable withFrequencies(long... frequencies) {
        if (frequencies.length != categories.size()) {
            throw new IllegalArgumentException(name + ": " + categories.size() + " categories, "
                    + frequencies.length + " frequencies");
        }
        List<String[]> counted = new ArrayList<>();
        for (int i = 0; i < frequencies.length; i++) {
            counted.add(new String[] {categories.get(i)[0], categories.get(i)[1], Long.toString(frequencies[i])});
        }
        return new DemoVariable(name, label, question, kind, counted, labelLang);
    }

    /** This variable with its label in another language ({@code xml:lang}), as harmonised exports carry them. */
    DemoVariable labelledIn(String lang) {
        return new DemoVariable(name, label, question, kind, categories, lang);
    }

    /** A discrete variable; each category is written {@code "value=label"}. */
    static DemoVariable discrete(String name, String label, String question, String... categories) {
        List<String[]> parsed = new ArrayList<>();
        for (String c : categories) {
            int eq = c.indexOf('=');
            parsed.add(new String[] {c.substring(0, eq), c.substring(eq + 1)});
        }
        return new DemoVariable(name, label, question, Kind.DISCRETE, parsed);
    }

    static DemoVariable continuous(String name, String label, String question) {
        return new DemoVariable(name, label, question, Kind.CONTINUOUS, List.of());
    }

    static DemoVariable text(String name, String label, String question) {
        return new DemoVariable(name, label, question, Kind.CHARACTER, List.of());
    }

    // the variables most studies of the city share

    static DemoVariable year(int from, int to) {
        String[] years = new String[to - from + 1];
        for (int y = from; y <= to; y++) {
            years[y - from] = y + "=" + y;
        }
        return discrete("anio", "Año", "Año de ocurrencia o de referencia del registro", years);
    }

    static DemoVariable month() {
        return discrete("mes", "Mes", "Mes de ocurrencia o de referencia del registro", "1=Enero", "2=Febrero",
                "3=Marzo", "4=Abril", "5=Mayo", "6=Junio", "7=Julio", "8=Agosto", "9=Septiembre", "10=Octubre",
                "11=Noviembre", "12=Diciembre");
    }

    static DemoVariable comuna() {
        String[] comunas = new String[24];
        for (int i = 1; i <= 22; i++) {
            comunas[i - 1] = i + "=Comuna " + i;
        }
        comunas[22] = "23=Zona rural (corregimientos)";
        comunas[23] = "99=!Sin información";
        return discrete("comuna", "Comuna", "¿En qué comuna o corregimiento de Santiago de Cali ocurrió el hecho o reside la persona?", comunas);
    }

    static DemoVariable sex() {
        return discrete("sexo", "Sexo", "Sexo de la persona", "1=Hombre", "2=Mujer", "9=!Sin información");
    }

    static DemoVariable age() {
        return continuous("edad", "Edad en años cumplidos", "¿Cuántos años cumplidos tiene la persona?");
    }

    static DemoVariable ageGroup() {
        return discrete("grupo_edad", "Grupo de edad", "Grupo de edad de la persona", "1=0 a 4 años",
                "2=5 a 14 años", "3=15 a 28 años", "4=29 a 59 años", "5=60 años y más", "9=!Sin información");
    }

    static DemoVariable stratum() {
        return discrete("estrato", "Estrato socioeconómico", "Estrato socioeconómico de la vivienda o del predio",
                "1=Estrato 1 (bajo-bajo)", "2=Estrato 2 (bajo)", "3=Estrato 3 (medio-bajo)", "4=Estrato 4 (medio)",
                "5=Estrato 5 (medio-alto)", "6=Estrato 6 (alto)", "9=!Sin información");
    }

    static DemoVariable zone() {
        return discrete("zona", "Zona", "¿El hecho ocurrió en la cabecera o en la zona rural?", "1=Cabecera (urbana)", "2=Rural");
    }

    static DemoVariable ethnicity() {
        return discrete("etnia", "Autorreconocimiento étnico",
                "De acuerdo con su cultura, pueblo o rasgos físicos, ¿la persona se reconoce como…?", "1=Indígena",
                "2=Gitano(a) o Rrom", "3=Raizal del Archipiélago de San Andrés", "4=Palenquero(a) de San Basilio",
                "5=Negro(a), mulato(a), afrodescendiente", "6=Ningún grupo étnico", "9=!Sin información");
    }

    static DemoVariable healthScheme() {
        return discrete("regimen", "Régimen de afiliación en salud", "¿A qué régimen de seguridad social en salud está afiliada la persona?",
                "1=Contributivo", "2=Subsidiado", "3=Especial o de excepción", "4=No afiliado", "9=!Sin información");
    }

    static DemoVariable education() {
        return discrete("nivel_educativo", "Nivel educativo más alto alcanzado",
                "¿Cuál es el nivel educativo más alto alcanzado por la persona?", "1=Ninguno", "2=Preescolar",
                "3=Básica primaria", "4=Básica secundaria", "5=Media", "6=Técnica o tecnológica", "7=Universitaria",
                "8=Posgrado", "9=!Sin información");
    }

    static DemoVariable weekday() {
        return discrete("dia_semana", "Día de la semana", "Día de la semana de ocurrencia", "1=Lunes", "2=Martes",
                "3=Miércoles", "4=Jueves", "5=Viernes", "6=Sábado", "7=Domingo");
    }

    static DemoVariable yesNo(String name, String label, String question) {
        return discrete(name, label, question, "1=Sí", "2=No", "9=!Sin información");
    }

    static DemoVariable weight() {
        return continuous("fex", "Factor de expansión", "Factor de expansión de la unidad en la muestra");
    }
}
