package io.archivo.web;

import java.util.List;

/** RFC 4180 CSV of a table the pages show, header row first, every cell quoted, CRLF line ends. */
final class Csv {

    private Csv() {
    }

    static String of(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        line(b, header);
        rows.forEach(r -> line(b, r));
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i) == null ? "" : cells.get(i);
            // a leading = + - @ would be a formula in spreadsheets
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
                v = "'" + v;
            }
            b.append(i == 0 ? "" : ",").append('"').append(v.replace("\"", "\"\"")).append('"');
        }
        b.append("\r\n");
    }
}
