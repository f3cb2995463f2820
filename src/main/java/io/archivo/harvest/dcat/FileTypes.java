package io.archivo.harvest.dcat;

import java.util.Locale;

/** The EU "File type" authority code of a data file, from its media type or name; null when none fits. */
final class FileTypes {

    private FileTypes() {
    }

    static String euFileType(String name, String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        String ext = name == null || name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv") || ext.equals("csv")) {
            return "CSV";
        }
        if (type.contains("spreadsheetml") || ext.equals("xlsx")) {
            return "XLSX";
        }
        if (type.contains("ms-excel") || ext.equals("xls")) {
            return "XLS";
        }
        if (type.contains("json") || ext.equals("json")) {
            return "JSON";
        }
        if (type.contains("zip") || ext.equals("zip")) {
            return "ZIP";
        }
        if (type.contains("pdf") || ext.equals("pdf")) {
            return "PDF";
        }
        if (type.contains("xml") || ext.equals("xml")) {
            return "XML";
        }
        if (type.startsWith("text/plain") || ext.equals("txt")) {
            return "TXT";
        }
        return null;
    }
}
