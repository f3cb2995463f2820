package io.archivo.bench.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One request of the benchmark's fixed query mix, sent to both engines: Archivo as {@code GET /api/v1/search},
 * PostgreSQL as the equivalent SQL (see {@link PostgresFts}).
 */
record BenchQuery(String kind, String q, boolean variables, String department, String thematicArea, Integer yearFrom,
                  Integer yearTo, int page, int size) {

    static BenchQuery studies(String kind, String q) {
        return new BenchQuery(kind, q, false, null, null, null, null, 1, 20);
    }

    static BenchQuery variables(String kind, String q) {
        return new BenchQuery(kind, q, true, null, null, null, null, 1, 20);
    }

    BenchQuery department(String value) {
        return new BenchQuery(kind, q, variables, value, thematicArea, yearFrom, yearTo, page, size);
    }

    BenchQuery thematicArea(String value) {
        return new BenchQuery(kind, q, variables, department, value, yearFrom, yearTo, page, size);
    }

    BenchQuery years(int from, int to) {
        return new BenchQuery(kind, q, variables, department, thematicArea, from, to, page, size);
    }

    BenchQuery page(int value) {
        return new BenchQuery(kind, q, variables, department, thematicArea, yearFrom, yearTo, value, size);
    }

    String path() {
        StringBuilder url = new StringBuilder("/api/v1/search?q=").append(enc(q)).append("&page=").append(page)
                .append("&size=").append(size);
        if (variables) {
            url.append("&type=variable");
        }
        if (department != null) {
            url.append("&department=").append(enc(department));
        }
        if (thematicArea != null) {
            url.append("&thematicArea=").append(enc(thematicArea));
        }
        if (yearFrom != null) {
            url.append("&yearFrom=").append(yearFrom).append("&yearTo=").append(yearTo);
        }
        return url.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The fixed mix: every client cycles through it, each from a different starting point. */
    static final List<BenchQuery> MIX = List.of(
            studies("word", "salud"),
            studies("word", "vivienda"),
            studies("word", "turismo"),
            studies("word", "homicidios"),
            studies("word", "educación"),
            studies("two words", "calidad aire"),
            studies("two words", "impuesto predial"),
            studies("two words", "mercado laboral"),
            studies("phrase", "\"calidad del aire\""),
            studies("phrase", "\"accidentes de tránsito\""),
            studies("no accent", "educacion"),
            studies("no accent", "poblacion"),
            studies("plural", "hogares"),
            studies("plural", "impuestos"),
            studies("typo", "vacunasion"),
            studies("typo", "desempelo"),
            studies("typo", "contaminasion"),
            studies("facet", "salud").department("Salud"),
            studies("facet", "").department("Hacienda"),
            studies("facet", "encuesta").thematicArea("Ambiente"),
            studies("facet", "movilidad").years(2015, 2020),
            variables("variable", "sexo"),
            variables("variable", "edad"),
            variables("variable", "estrato socioeconómico"),
            variables("variable", "régimen de afiliación"),
            variables("variable", "peso al nacer"),
            studies("paging", "encuesta").page(5),
            variables("paging", "comuna").page(3));
}
