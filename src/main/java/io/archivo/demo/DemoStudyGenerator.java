package io.archivo.demo;

import io.archivo.common.organisation.Codes;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.ddi.CodebookXmlWriter;
import io.archivo.inventory.service.DdiSkeletonWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the twenty illustrative DDI Codebook 2.5 studies (in Spanish) that accompany the demo catalogue. Study
 * metadata that the inventory already holds (title, department, universe, unit, coverage) is taken from the
 * process, so that catalogue and studies never contradict each other. Output is deterministic.
 */
public final class DemoStudyGenerator {

    private static final String ILLUSTRATIVE_NOTE = "Estudio ilustrativo generado para la demostración de Archivo: "
            + "los metadatos son plausibles pero no corresponden a una publicación oficial de la Alcaldía de Santiago de Cali.";

    /**
     * Where some studies look closer than the whole city: extra {@code geogCover} values naming comunas and
     * corregimientos, written as people write them, so a newcomer sees the geographic frame at work (OAI-PMH comuna
     * sets, the search facet, the study page). Illustrative, like the rest of the demo.
     */
    private static final Map<String, List<String>> AREAS = Map.of(
            "SAL-03", List.of("Vigilancia intensificada de dengue en las comunas 6, 7 y 13"),
            "PLA-03", List.of("Zona rural: corregimientos de Navarro, La Buitrera y Pance"),
            "TRA-02", List.of("Corredores viales de las comunas 2, 17, 19 y 22"),
            "DAG-01", List.of("Estaciones de monitoreo en las comunas 2, 4, 19 y 22 y en el corregimiento de Pance"),
            "GOB-01", List.of("Análisis focalizado en las comunas 13, 14, 15 y 21"),
            "BIE-01", List.of("Comuna 3", "Comuna 9"));

    private DemoStudyGenerator() {
    }

    /** All demo studies, in catalogue order. */
    public static List<DemoStudy> studies() {
        Map<String, ProcessData> processes = DemoCatalogue.processes().stream()
                .collect(Collectors.toMap(ProcessData::code, Function.identity()));
        return DemoStudySpecs.all().stream().map(spec -> {
            ProcessData process = processes.get(spec.processCode());
            if (process == null) {
                throw new IllegalStateException("demo study for unknown process " + spec.processCode());
            }
            String idno = DdiSkeletonWriter.idnoOf(process.code()) + "-" + spec.year();
            return new DemoStudy(process.code(), idno, spec.year(), titleOf(process, spec), write(process, spec, idno));
        }).toList();
    }

    private static String titleOf(ProcessData process, DemoStudySpec spec) {
        return process.name() + " " + (spec.firstYear() == spec.year() ? spec.year() : spec.firstYear() + "-" + spec.year());
    }

    private static byte[] write(ProcessData p, DemoStudySpec spec, String idno) {
        try (CodebookXmlWriter x = new CodebookXmlWriter()) {
            x.startCodeBook(idno, "es");
            x.start("docDscr").start("citation");
            x.start("titlStmt").leaf("titl", "Documentación DDI: " + titleOf(p, spec)).leaf("IDNo", "DDI-" + idno).end();
            x.start("prodStmt").leaf("producer", DdiSkeletonWriter.PRODUCER, "affiliation", DdiSkeletonWriter.AGENCY)
                    .leaf("prodDate", spec.year() + 1 + "-03-31", "date", spec.year() + 1 + "-03-31").end();
            x.end().end();

            x.start("stdyDscr");
            writeCitation(x, p, spec, idno);
            writeStudyInfo(x, p, spec);
            x.start("method").start("dataColl")
                    .leaf("frequenc", p.periodicity())
                    .leaf("sampProc", spec.sampling())
                    .leaf("collMode", spec.collectionMode())
                    .end().end();
            x.start("dataAccs").start("useStmt")
                    .leaf("restrctn", "Información " + p.classification().label().toLowerCase(java.util.Locale.ROOT)
                            + " según la Ley 1712 de 2014. Los microdatos se entregan anonimizados.")
                    .leaf("citReq", "Cite como: " + p.department().label() + ", Alcaldía de Santiago de Cali. "
                            + titleOf(p, spec) + " [" + idno + "].")
                    .end().end();
            x.leaf("notes", ILLUSTRATIVE_NOTE);
            x.end();

            x.start("fileDscr", "ID", "F1").start("fileTxt")
                    .leaf("fileName", idno.toLowerCase(java.util.Locale.ROOT) + ".csv")
                    .start("dimensns").leaf("caseQnty", Long.toString(spec.cases()))
                    .leaf("varQnty", Integer.toString(spec.variables().size())).end()
                    .leaf("fileType", "Archivo de texto delimitado (CSV)")
                    .end().end();

            x.start("dataDscr");
            int n = 0;
            for (DemoVariable v : spec.variables()) {
                writeVariable(x, v, "V" + (++n));
            }
            x.end();
            return x.finish();
        }
    }

    private static void writeCitation(CodebookXmlWriter x, ProcessData p, DemoStudySpec spec, String idno) {
        x.start("citation");
        x.start("titlStmt").leaf("titl", titleOf(p, spec)).leaf("IDNo", idno, "agency", DdiSkeletonWriter.AGENCY).end();
        x.start("rspStmt").leaf("AuthEnty", p.department().label(), "affiliation", DdiSkeletonWriter.AGENCY).end();
        x.start("prodStmt").leaf("producer", p.group(), "affiliation", DdiSkeletonWriter.AGENCY)
                .leaf("prodDate", Integer.toString(spec.year() + 1), "date", Integer.toString(spec.year() + 1))
                .leaf("prodPlac", "Santiago de Cali, Colombia").end();
        x.start("distStmt").leaf("distrbtr", DdiSkeletonWriter.PRODUCER, "affiliation", DdiSkeletonWriter.AGENCY).end();
        x.start("serStmt").leaf("serName", p.code()).leaf("serInfo", p.type().label() + ": " + p.name()).end();
        x.start("verStmt").leaf("version", "1.0", "date", spec.year() + 1 + "-03-31").end();
        x.end();
    }

    private static void writeStudyInfo(CodebookXmlWriter x, ProcessData p, DemoStudySpec spec) {
        x.start("stdyInfo");
        x.start("subject");
        for (String keyword : spec.keywords()) {
            x.leaf("keyword", keyword);
        }
        for (String topic : spec.topics()) {
            x.leaf("topcClas", topic, "vocab", "Áreas temáticas del Plan Estadístico Territorial");
        }
        x.end();
        x.leaf("abstract", spec.abstractText());
        x.start("sumDscr")
                .leaf("timePrd", Integer.toString(spec.firstYear()), "date", spec.firstYear() + "-01-01", "event", "start")
                .leaf("timePrd", Integer.toString(spec.year()), "date", spec.year() + "-12-31", "event", "end")
                .leaf("nation", "Colombia", "abbr", "CO")
                .leaf("geogCover", "Santiago de Cali, Valle del Cauca");
        for (String area : AREAS.getOrDefault(p.code(), List.of())) {
            x.leaf("geogCover", area);
        }
        x.leaf("geogUnit", "Comunas (22) y corregimientos (15) de Santiago de Cali")
                .leaf("anlyUnit", p.observationUnits())
                .leaf("universe", p.targetPopulation())
                .leaf("dataKind", spec.kindOfData())
                .end();
        if (!p.sources().isEmpty()) {
            x.leaf("notes", "Fuentes del proceso: " + Codes.joinLabels(p.sources()));
        }
        x.end();
    }

    private static void writeVariable(CodebookXmlWriter x, DemoVariable v, String id) {
        String interval = v.kind() == DemoVariable.Kind.CONTINUOUS ? "contin" : "discrete";
        x.start("var", "ID", id, "name", v.name(), "files", "F1", "intrvl", interval);
        x.leaf("labl", v.label(), "xml:lang", v.labelLang());
        x.start("qstn").leaf("qstnLit", v.question()).end();
        for (String[] category : v.categories()) {
            boolean missing = category[1].startsWith("!");
            x.start("catgry", "missing", missing ? "Y" : null)
                    .leaf("catValu", category[0])
                    .leaf("labl", missing ? category[1].substring(1) : category[1]);
            if (category.length > 2) {
                x.leaf("catStat", category[2], "type", "freq");
            }
            x.end();
        }
        x.start("varFormat", "type", v.kind() == DemoVariable.Kind.CHARACTER ? "character" : "numeric", "schema", "other").end();
        x.end();
    }
}
