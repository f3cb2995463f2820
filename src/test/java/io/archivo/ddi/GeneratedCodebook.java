package io.archivo.ddi;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A large, schema-valid DDI 2.5 codebook produced on the fly (never held in memory as a whole), for streaming and
 * heap tests: {@code variables} variables of {@code categoriesPerVariable} categories each; about 2.5 KB per
 * variable with 20 categories, so 20,000 variables make some 50 MB. It also counts the bytes handed out, so a
 * test can tell how far the parser had read when something happened.
 */
final class GeneratedCodebook extends InputStream {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <codeBook xmlns="ddi:codebook:2_5" version="2.5" xml:lang="es">
              <stdyDscr>
                <citation>
                  <titlStmt>
                    <titl>Codebook generado para pruebas de volumen</titl>
                    <IDNo>GEN-STREAM-0001</IDNo>
                  </titlStmt>
                </citation>
              </stdyDscr>
              <dataDscr>
            """;
    private static final String TAIL = "  </dataDscr>\n</codeBook>\n";

    private final int variables;
    private final int categoriesPerVariable;
    private int next; // next variable to produce; variables + 1 once the tail is out
    private byte[] chunk;
    private int offset;
    private long served;

    GeneratedCodebook(int variables, int categoriesPerVariable) {
        this.variables = variables;
        this.categoriesPerVariable = categoriesPerVariable;
        this.chunk = HEAD.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes read from this stream so far. */
    long served() {
        return served;
    }

    /** The exact size of the whole document, computed by generating it once more into nowhere. */
    static long size(int variables, int categoriesPerVariable) {
        long size = HEAD.getBytes(StandardCharsets.UTF_8).length + TAIL.length();
        for (int i = 0; i < variables; i++) {
            size += variable(i, categoriesPerVariable).length;
        }
        return size;
    }

    private static byte[] variable(int i, int categories) {
        StringBuilder v = new StringBuilder(2600);
        v.append("    <var ID=\"V").append(i).append("\" name=\"p").append(i).append("\" intrvl=\"discrete\">\n")
                .append("      <labl>Pregunta número ").append(i).append(" sobre condiciones del hogar en Cali</labl>\n")
                .append("      <qstn><qstnLit>¿Cuál es la respuesta a la pregunta ").append(i)
                .append(" del cuestionario?</qstnLit></qstn>\n")
                .append("      <sumStat type=\"vald\">").append(1000 + i).append("</sumStat>\n");
        for (int c = 1; c <= categories; c++) {
            v.append("      <catgry><catValu>").append(c).append("</catValu><labl>Categoría ").append(c)
                    .append(" de la pregunta ").append(i).append(" con texto de relleno</labl>")
                    .append("<catStat type=\"freq\">").append(c * 7).append("</catStat></catgry>\n");
        }
        v.append("      <varFormat type=\"numeric\"/>\n    </var>\n");
        return v.toString().getBytes(StandardCharsets.UTF_8);
    }

    private boolean refill() {
        if (offset < chunk.length) {
            return true;
        }
        if (next < variables) {
            chunk = variable(next++, categoriesPerVariable);
        } else if (next == variables) {
            chunk = TAIL.getBytes(StandardCharsets.UTF_8);
            next++;
        } else {
            return false;
        }
        offset = 0;
        return true;
    }

    @Override
    public int read() {
        if (!refill()) {
            return -1;
        }
        served++;
        return chunk[offset++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!refill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - offset);
        System.arraycopy(chunk, offset, b, off, n);
        offset += n;
        served += n;
        return n;
    }
}
