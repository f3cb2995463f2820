package io.archivo.harvest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public addresses harvesting documents point at, from one base URL (no trailing slash). */
public record Links(String base) {

    public Links {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The public base URL: the configured one, else the one the request came in on. */
    public static Links of(HarvestConfig config, java.net.URI requestBase) {
        return new Links(config.publicUrl().orElse(requestBase.toString()));
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String home() {
        return base + "/";
    }

    public String catalog() {
        return base + "/dcat/catalog";
    }

    /** The citizens' page of a study: its landing page. */
    public String studyPage(String idno) {
        return base + "/estudios/" + enc(idno);
    }

    /** The study as a dataset (an identifier, not a document: the page's {@code #dataset}). */
    public String dataset(String idno) {
        return studyPage(idno) + "#dataset";
    }

    public String ddi(String idno) {
        return base + "/api/v1/studies/" + enc(idno) + "/ddi";
    }

    public String sdmxDataflow(String processCode) {
        return base + "/sdmx/rest/dataflow/all/" + enc(io.archivo.sdmx.mapping.SdmxIds.ncName(processCode, "DF_"))
                + "/latest?references=descendants";
    }

    public String file(String idno, long id) {
        return base + "/api/v1/studies/" + enc(idno) + "/files/" + id;
    }

    public String fileContent(String idno, long id) {
        return file(idno, id) + "/content";
    }

    /** An area of Cali's geographic frame ({@code CL_AREA_CALI}); resolves to the area as a GeoJSON Feature. */
    public String area(String code) {
        return base + "/api/v1/geo/areas/" + enc(code);
    }

    public String department(String code) {
        return base + "/dependencias/" + enc(code);
    }
}
