package io.archivo.sdmx.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.archivo.common.problem.ProblemException;
import io.archivo.sdmx.data.load.DataRecoding;
import io.archivo.sdmx.data.load.LoadError;
import io.archivo.sdmx.data.load.ObservationTableReader;
import io.archivo.sdmx.data.store.ObservationStore.Action;
import io.archivo.sdmx.model.ArtefactRef;
import io.archivo.sdmx.model.AttachmentLevel;
import io.archivo.sdmx.model.ConceptRef;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.DataStructure;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.LocalisedText;
import io.archivo.sdmx.model.Measure;
import io.archivo.sdmx.model.Representation;
import io.archivo.sdmx.model.TimeDimension;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The load format and its validation against a DSD, without the application. */
class ObservationTableReaderTest {

    static final ArtefactRef CS = ArtefactRef.of("ARCHIVO_CALI", "CS", "1.0");
    static final ArtefactRef CL_FREQ = ArtefactRef.of("ARCHIVO_CALI", "CL_FREQ", "1.0");
    static final ArtefactRef CL_AREA = ArtefactRef.of("ARCHIVO_CALI", "CL_AREA_CALI", "1.0");

    /** FREQ, REF_AREA + TIME_PERIOD, OBS_VALUE; UNIT_MEASURE mandatory per series, OBS_STATUS conditional. */
    static DataflowStructure structure() {
        DataStructure dsd = new DataStructure(ArtefactRef.of("ARCHIVO_CALI", "DSD_T", "1.0"), LocalisedText.es("T"), null,
                List.of(new Dimension("FREQ", 1, new ConceptRef(CS, "FREQ"), Representation.enumerated(CL_FREQ)),
                        new Dimension("REF_AREA", 2, new ConceptRef(CS, "REF_AREA"), Representation.enumerated(CL_AREA),
                                Map.of("1", "01", "Comuna 1", "01", "23", "RURAL"))),
                new TimeDimension(new ConceptRef(CS, "TIME_PERIOD")),
                new Measure(new ConceptRef(CS, "OBS_VALUE"), Representation.text("Decimal")),
                List.of(new DataAttribute("UNIT_MEASURE", new ConceptRef(CS, "UNIT_MEASURE"), Representation.text("String"),
                                true, AttachmentLevel.SERIES),
                        new DataAttribute("OBS_STATUS", new ConceptRef(CS, "OBS_STATUS"),
                                Representation.enumerated(ArtefactRef.of("ARCHIVO_CALI", "CL_OBS_STATUS", "1.0")), false,
                                AttachmentLevel.OBSERVATION)));
        return new DataflowStructure(ArtefactRef.of("ARCHIVO_CALI", "T-01", "1.0"), "T-01", dsd,
                Map.of("FREQ", Set.of("A", "M"), "REF_AREA", Set.of("76001", "01", "02", "RURAL"), "OBS_STATUS",
                        Set.of("A", "E")),
                Map.of("FREQ", Map.of("A", "Anual"), "REF_AREA", Map.of("02", "Comuna 2", "RURAL", "Zona rural")));
    }

    static List<Observation> read(String table, Action action) {
        return new ObservationTableReader(structure(), action)
                .read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    static List<LoadError> errors(String table) {
        ProblemException e = assertThrows(ProblemException.class, () -> read(table, Action.REPLACE));
        assertEquals(422, e.status());
        return (List<LoadError>) e.toProblem("/x").extensions().get("errors");
    }

    /**
     * A plain table names areas as the study does ("1", "23") or by the code's name ("Comuna 2"): each is stored as
     * the frame's code and reported with its row count; a value that names nothing is refused as before.
     */
    @Test
    void areaValuesAreRecodedAndReported() {
        ObservationTableReader reader = new ObservationTableReader(structure(), Action.REPLACE);
        List<Observation> rows = reader.read(new ByteArrayInputStream(("FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\n"
                + "A,1,2023,5,n\nA,1,2024,6,n\nA,comuna 2,2023,7,n\nA,23,2023,8,n\nA,76001,2023,9,n\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("A.01", "A.01", "A.02", "A.RURAL", "A.76001"), rows.stream().map(Observation::seriesKey).toList());
        assertEquals(List.of(new DataRecoding("REF_AREA", "1", "01", "recode", 2),
                new DataRecoding("REF_AREA", "comuna 2", "02", "name", 1),
                new DataRecoding("REF_AREA", "23", "RURAL", "recode", 1)), reader.recodings());
        List<LoadError> e = errors("FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\nA,Barrio Obrero,2023,1,n\n");
        assertEquals("REF_AREA", e.get(0).column());
    }

    @Test
    void sdmxCsv10WithLabelsAndBom() {
        List<Observation> rows = read("\ufeffDATAFLOW,FREQ: Frecuencia,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS\r\n"
                + "ARCHIVO_CALI:T-01(1.0),A: Anual,01,2023,12.5,personas,E\r\n"
                + "ARCHIVO_CALI:T-01(1.0),M,02,2023-M03,,personas,\r\n", Action.REPLACE);
        assertEquals(2, rows.size());
        assertEquals("A.01", rows.get(0).seriesKey());
        assertEquals(12.5, rows.get(0).value());
        assertEquals(Map.of("UNIT_MEASURE", "personas", "OBS_STATUS", "E"), rows.get(0).attributes());
        assertEquals(null, rows.get(1).value(), "an empty value is a missing observation");
    }

    @Test
    void sdmxCsv20AndPlainSemicolonTables() {
        assertEquals(1, read("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\n"
                + "dataflow,ARCHIVO_CALI:T-01(1.0),I,A,76001,2022,3,personas\n", Action.REPLACE).size());
        assertEquals(1, read("REF_AREA;FREQ;TIME_PERIOD;OBS_VALUE;UNIT_MEASURE\n01;A;2022-Q4;\"1.5\";personas\n",
                Action.REPLACE).size());
    }

    @Test
    void missingMandatoryAttributeIsReportedPerRowAndColumn() {
        List<LoadError> column = errors("FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE\nA,01,2022,1\n");
        assertEquals(new LoadError(1, "UNIT_MEASURE", null, "Missing column of the mandatory attribute UNIT_MEASURE"),
                column.get(0));
        List<LoadError> cell = errors("FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\nA,01,2022,1,personas\nA,02,2022,1,\n");
        assertEquals(1, cell.size());
        assertEquals(3, cell.get(0).row());
        assertEquals("UNIT_MEASURE", cell.get(0).column());
    }

    @Test
    void everyKindOfMistakeWithItsRow() {
        List<LoadError> e = errors("DATAFLOW,FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS\n"
                + "ARCHIVO_CALI:T-01(1.0),A,01,2023,1,p,\n"
                + "ARCHIVO_CALI:T-01(1.0),X,01,2023,1,p,\n"
                + "ARCHIVO_CALI:T-01(1.0),A,99,2023,1,p,\n"
                + "ARCHIVO_CALI:T-01(1.0),A,01,2023,2,p,\n"
                + "ARCHIVO_CALI:T-01(1.0),A,02,2023,uno,p,\n"
                + "ARCHIVO_CALI:T-01(1.0),A,02,2023-Q7,1,p,\n"
                + "ARCHIVO_CALI:T-01(1.0),A,02,2024,1,p,Q\n"
                + "ARCHIVO_CALI:OTRO(1.0),A,02,2025,1,p,\n");
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L), e.stream().map(LoadError::row).toList());
        assertEquals(List.of("FREQ", "REF_AREA", "TIME_PERIOD", "OBS_VALUE", "TIME_PERIOD", "OBS_STATUS", "DATAFLOW"),
                e.stream().map(LoadError::column).toList());
    }

    @Test
    void deleteNeedsNoValueColumn() {
        assertEquals(1, read("FREQ,REF_AREA,TIME_PERIOD\nA,01,2023\n", Action.DELETE).size());
    }
}
