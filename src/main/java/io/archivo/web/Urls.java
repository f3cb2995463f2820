package io.archivo.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links between pages and to the API downloads, encoded once here. */
public final class Urls {

    private Urls() {
    }

    /** Encodes a query value or a path segment (IDNos may hold {@code :} and {@code /}). */
    public static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String study(String idno) {
        return "/estudios/" + enc(idno);
    }

    public static String process(String code) {
        return "/procesos/" + enc(code);
    }

    public static String department(String code) {
        return "/dependencias/" + enc(code);
    }

    public static String ddi(String idno, Integer version) {
        return "/api/v1/studies/" + enc(idno) + "/ddi" + (version == null ? "" : "?version=" + version);
    }

    /** The process's SDMX dataflow with its structures (the dataflow id is the process code made an NCName). */
    public static String sdmxDataflow(String processCode) {
        return "/sdmx/rest/dataflow/all/" + enc(io.archivo.sdmx.mapping.SdmxIds.ncName(processCode, "DF_"))
                + "/latest?references=descendants";
    }
}
