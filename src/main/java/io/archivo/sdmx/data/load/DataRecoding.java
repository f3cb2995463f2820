package io.archivo.sdmx.data.load;

/**
 * A value of a loaded table stored as another code of its component, reported with the load: {@code by} is
 * {@code recode} (a category of the study's variable, as the data structure maps it: REF_AREA "3" → {@code 03},
 * "Zona rural (corregimientos)" → {@code RURAL}) or {@code name} (the code's own name: "Navarro" → {@code 51}).
 */
public record DataRecoding(String component, String value, String code, String by, long rows) {
}
