package io.archivo.inventory.service;

import io.archivo.common.organisation.Codes;
import io.archivo.ddi.CodebookXmlWriter;
import io.archivo.inventory.domain.ProcessData;
import java.time.LocalDate;

/**
 * Writes a schema-valid DDI Codebook 2.5 document pre-filled from a process of the inventory, as the starting
 * point of its first study's documentation. Only what the inventory knows is written; everything else is left for
 * the documenter (e.g. in Nesstar Publisher or Colectica).
 */
public final class DdiSkeletonWriter {

    public static final String AGENCY = "Alcaldía de Santiago de Cali";
    public static final String PRODUCER = "Departamento Administrativo de Planeación Municipal";

    private DdiSkeletonWriter() {
    }

    /** The study identifier of a process: {@code CALI-<code>}. */
    public static String idnoOf(String code) {
        return "CALI-" + code;
    }

    public static byte[] write(ProcessData p, LocalDate today) {
        String idno = idnoOf(p.code());
        try (CodebookXmlWriter x = new CodebookXmlWriter()) {
            x.startCodeBook(idno, "es");
            x.start("docDscr").start("citation");
            x.start("titlStmt").leaf("titl", "Metadatos DDI: " + p.name()).leaf("IDNo", "DDI-" + idno).end();
            x.start("prodStmt").leaf("producer", PRODUCER, "affiliation", AGENCY)
                    .leaf("prodDate", today.toString(), "date", today.toString()).end();
            x.end().end();

            x.start("stdyDscr");
            x.start("citation");
            x.start("titlStmt").leaf("titl", p.name()).leaf("IDNo", idno, "agency", AGENCY).end();
            x.start("rspStmt").leaf("AuthEnty", p.department().label(), "affiliation", AGENCY).end();
            x.start("serStmt").leaf("serName", p.code()).leaf("serInfo", p.type().label() + ": " + p.name()).end();
            x.end();

            x.start("stdyInfo");
            if (p.thematicArea() != null) {
                x.start("subject").leaf("topcClas", p.thematicArea(), "vocab", "Área temática del inventario").end();
            }
            x.leaf("abstract", p.purpose());
            x.start("sumDscr")
                    .leaf("nation", "Colombia", "abbr", "CO")
                    .leaf("geogCover", p.coverage() != null ? p.coverage() : "Santiago de Cali")
                    .leaf("geogUnit", p.geographicDisaggregation())
                    .leaf("anlyUnit", p.observationUnits())
                    .leaf("universe", p.targetPopulation())
                    .leaf("dataKind", p.sources().isEmpty() ? null : Codes.joinLabels(p.sources()))
                    .end();
            x.end();

            x.start("method").start("dataColl")
                    .leaf("frequenc", p.periodicity())
                    .leaf("collMode", p.instruments().isEmpty() ? null : Codes.joinLabels(p.instruments()))
                    .end().end();

            x.start("dataAccs").start("useStmt")
                    .leaf("restrctn", "Información " + p.classification().label().toLowerCase(java.util.Locale.ROOT)
                            + " según la Ley 1712 de 2014.")
                    .end().end();
            x.leaf("notes", p.illustrative() ? "Proceso del catálogo ilustrativo de demostración." : null);
            x.end();
            return x.finish();
        }
    }
}
