package io.archivo.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Generated DDI Codebook 2.5 documents for the ingest benchmark: a study description with Spanish text and
 * {@code variables} variables with labels, questions, a universe, summary statistics and 2 to 12 categories (some
 * flagged missing). Deterministic: the same {@code (index, idno)} always gives the same bytes, so the benchmark can
 * measure ingest and bare validation on identical documents. About 1.3 KB per variable.
 */
public final class SyntheticCodebooks {

    private static final String[] TEMAS = {"vivienda", "educación", "salud", "movilidad", "empleo", "seguridad",
        "servicios públicos", "cultura", "medio ambiente", "participación ciudadana"};
    private static final String[] COMUNAS = {"Comuna 1", "Comuna 2", "Comuna 3", "Comuna 4", "Comuna 5", "Comuna 6",
        "Comuna 7", "Comuna 8", "Comuna 9", "Comuna 10", "Comuna 11", "Comuna 12"};
    private static final String[] RESPUESTAS = {"Sí", "No", "Muy satisfecho", "Satisfecho", "Ni satisfecho ni "
        + "insatisfecho", "Insatisfecho", "Muy insatisfecho", "Casi siempre", "Algunas veces", "Nunca",
        "Estrato 1 (bajo-bajo)", "Estrato 2 (bajo)"};

    private SyntheticCodebooks() {
    }

    /** The IDNo of the {@code index}-th codebook under {@code prefix}, all of the same length. */
    public static String idno(String prefix, int index) {
        return String.format("%s-%05d", prefix, index);
    }

    public static byte[] codebook(int index, String idno, int variables) {
        Random random = new Random(31L * index + variables);
        String tema = TEMAS[index % TEMAS.length];
        StringBuilder x = new StringBuilder(1500 * variables + 4000);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<codeBook xmlns=\"ddi:codebook:2_5\" version=\"2.5\" xml:lang=\"es\">\n")
                .append("  <docDscr>\n    <citation>\n      <titlStmt>\n")
                .append("        <titl>Documentación de la encuesta sintética ").append(index).append("</titl>\n")
                .append("      </titlStmt>\n")
                .append("      <prodStmt><producer abbr=\"DAP\">Departamento Administrativo de Planeación, ")
                .append("Alcaldía de Santiago de Cali</producer></prodStmt>\n")
                .append("    </citation>\n  </docDscr>\n")
                .append("  <stdyDscr>\n    <citation>\n      <titlStmt>\n")
                .append("        <titl>Encuesta de percepción ciudadana sobre ").append(tema)
                .append(" en Santiago de Cali, ronda ").append(index).append("</titl>\n")
                .append("        <altTitl>EPC-").append(index).append("</altTitl>\n")
                .append("        <IDNo>").append(idno).append("</IDNo>\n")
                .append("      </titlStmt>\n")
                .append("      <rspStmt><AuthEnty>Subdirección de Estadística, Alcaldía de Santiago de Cali")
                .append("</AuthEnty></rspStmt>\n")
                .append("    </citation>\n")
                .append("    <stdyInfo>\n      <subject>\n")
                .append("        <keyword>").append(tema).append("</keyword>\n")
                .append("        <keyword>percepción ciudadana</keyword>\n")
                .append("        <keyword>Santiago de Cali</keyword>\n")
                .append("      </subject>\n")
                .append("      <abstract>Encuesta por muestreo a hogares de las 22 comunas y los 15 corregimientos ")
                .append("de Santiago de Cali sobre ").append(tema).append(". La información se recoge mediante ")
                .append("entrevista directa con el jefe o la jefa del hogar y se expande a la población urbana ")
                .append("con base en las proyecciones de población del DANE.</abstract>\n")
                .append("      <sumDscr>\n")
                .append("        <timePrd event=\"start\" date=\"2024-02-01\">febrero de 2024</timePrd>\n")
                .append("        <timePrd event=\"end\" date=\"2024-11-30\">noviembre de 2024</timePrd>\n")
                .append("        <nation abbr=\"COL\">Colombia</nation>\n")
                .append("        <geogCover>Santiago de Cali, zona urbana y rural</geogCover>\n")
                .append("        <anlyUnit>Hogares y personas</anlyUnit>\n")
                .append("        <universe>Hogares particulares residentes en Santiago de Cali</universe>\n")
                .append("      </sumDscr>\n    </stdyInfo>\n  </stdyDscr>\n")
                .append("  <fileDscr ID=\"F1\">\n    <fileTxt>\n      <fileName>hogares_").append(index)
                .append(".csv</fileName>\n      <dimensns><caseQnty>").append(3000 + index)
                .append("</caseQnty><varQnty>").append(variables).append("</varQnty></dimensns>\n")
                .append("    </fileTxt>\n  </fileDscr>\n")
                .append("  <dataDscr>\n");
        for (int i = 1; i <= variables; i++) {
            variable(x, random, i);
        }
        x.append("  </dataDscr>\n</codeBook>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void variable(StringBuilder x, Random random, int i) {
        boolean continuous = random.nextInt(5) == 0;
        String tema = TEMAS[random.nextInt(TEMAS.length)];
        x.append("    <var ID=\"V").append(i).append("\" name=\"P").append(i).append("\" files=\"F1\" intrvl=\"")
                .append(continuous ? "contin" : "discrete").append("\">\n")
                .append("      <labl>Pregunta ").append(i).append(": valoración del hogar sobre ").append(tema)
                .append("</labl>\n")
                .append("      <qstn><qstnLit>¿Cómo calificaría usted la situación de ").append(tema)
                .append(" en su barrio durante los últimos doce meses? (pregunta ").append(i)
                .append(")</qstnLit><ivuInstr>Lea las opciones y marque una sola respuesta.</ivuInstr></qstn>\n")
                .append("      <universe>Personas de 15 años y más de la ").append(COMUNAS[i % COMUNAS.length])
                .append("</universe>\n")
                .append("      <sumStat type=\"vald\">").append(2500 + random.nextInt(500)).append("</sumStat>\n")
                .append("      <sumStat type=\"invd\">").append(random.nextInt(40)).append("</sumStat>\n");
        if (continuous) {
            x.append("      <sumStat type=\"mean\">").append(random.nextInt(100000) / 100.0).append("</sumStat>\n")
                    .append("      <sumStat type=\"min\">0</sumStat>\n")
                    .append("      <sumStat type=\"max\">").append(1000 + random.nextInt(9000)).append("</sumStat>\n")
                    .append("      <txt>Valor declarado por el informante, en miles de pesos colombianos.</txt>\n")
                    .append("      <varFormat type=\"numeric\" schema=\"other\"/>\n");
        } else {
            int categories = 2 + random.nextInt(11);
            for (int c = 1; c <= categories; c++) {
                x.append("      <catgry><catValu>").append(c).append("</catValu><labl>")
                        .append(RESPUESTAS[(c + i) % RESPUESTAS.length]).append("</labl><catStat type=\"freq\">")
                        .append(random.nextInt(900)).append("</catStat></catgry>\n");
            }
            x.append("      <catgry missing=\"Y\"><catValu>99</catValu><labl>No sabe, no responde</labl>")
                    .append("<catStat type=\"freq\">").append(random.nextInt(60)).append("</catStat></catgry>\n")
                    .append("      <concept>").append(tema).append("</concept>\n")
                    .append("      <varFormat type=\"numeric\" schema=\"other\"/>\n");
        }
        x.append("    </var>\n");
    }
}
