package io.archivo.inventory.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.inventory.domain.CollectionInstrument;
import io.archivo.common.organisation.Department;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.domain.ProcessType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvImportTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = CsvImportTest.class.getResourceAsStream("/inventory/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsAGoodFileWrittenByExcelInSpanish() throws IOException {
        ImportReport report = ProcessSpreadsheets.read(resource("procesos-validos.csv"), InventoryFormat.CSV);

        assertEquals(List.of(), report.errors());
        assertEquals(2, report.processes().size());
        ProcessData first = report.processes().get(0);
        assertEquals("SAL-90", first.code(), "the BOM does not leak into the first header");
        assertEquals(Department.SALUD, first.department());
        assertEquals(ProcessType.OPERACION_ESTADISTICA, first.type());
        assertEquals(Set.of(CollectionInstrument.FORMULARIO_WEB, CollectionInstrument.CORREO_ELECTRONICO), first.instruments());
        assertEquals(List.of("Ley 100 de 1993", "Ley 715 de 2001"), first.norms());
        assertTrue(first.documented() && first.publicDissemination() && first.disseminatesOnWeb());
        ProcessData second = report.processes().get(1);
        assertEquals("EDU-91", second.code(), "codes are upper-cased");
        assertEquals(ProcessType.PRODUCCION_INDICADORES, second.type(), "codes are accepted as well as labels");
        assertFalse(second.documented());
    }

    @Test
    void reportsEveryBadRowWithRowColumnAndReasonAndKeepsNothing() throws IOException {
        ImportReport report = ProcessSpreadsheets.read(resource("procesos-con-errores.csv"), InventoryFormat.CSV);

        assertFalse(report.isValid());
        assertEquals(List.of(), report.processes(), "a half-valid file yields no process");
        assertTrue(report.errors().contains(new ImportError(3, "Nombre", "es obligatorio")), report.errors().toString());
        assertHas(report, 3, "Dependencia", "Secretaría de Magia");
        assertHas(report, 4, "Tipo de proceso", "Encuesta rara");
        assertHas(report, 4, "Difusión al público", "Sí o No");
        assertHas(report, 4, "Estado de la documentación", "no documentado");
        assertHas(report, 5, "Código", "fila 2");
        assertTrue(report.errors().stream().noneMatch(e -> e.row() == 2), "row 2 is fine");
    }

    @Test
    void reportsMissingAndUnknownColumnsOnRowOne() {
        byte[] csv = "Código,Nombre,Color favorito\nSAL-01,Algo,Azul\n".getBytes(StandardCharsets.UTF_8);
        ImportReport report = ProcessSpreadsheets.read(csv, InventoryFormat.CSV);

        assertHas(report, 1, "Color favorito", "columna desconocida");
        assertHas(report, 1, "Dependencia", "obligatoria");
        assertHas(report, 1, "Tipo de proceso", "obligatoria");
    }

    @Test
    void toleratesWindows1252AndSemicolons() {
        String csv = "Código;Nombre;Dependencia;Tipo de proceso;Clasificación Ley 1712\r\n"
                + "TRA-50;Siniestralidad en vías rurales;Tránsito;Operación estadística;Pública\r\n";
        ImportReport report = ProcessSpreadsheets.read(csv.getBytes(Charset.forName("windows-1252")), InventoryFormat.CSV);

        assertEquals(List.of(), report.errors());
        assertEquals(Department.TRANSITO, report.processes().get(0).department());
    }

    @Test
    void detectsTheSeparatorFromTheHeaderLine() {
        assertEquals(';', CsvTableReader.separatorOf("a;b;\"c,d\"\n1,2,3"));
        assertEquals(',', CsvTableReader.separatorOf("a,b,\"c;d\"\n"));
        assertEquals('\t', CsvTableReader.separatorOf("a\tb\tc"));
    }

    @Test
    void rejectsAFileWithoutProcesses() {
        ImportReport report = ProcessSpreadsheets.read("Código;Nombre;Dependencia;Tipo de proceso;Clasificación Ley 1712\n"
                .getBytes(StandardCharsets.UTF_8), InventoryFormat.CSV);
        assertHas(report, 2, null, "no contiene procesos");
    }

    static void assertHas(ImportReport report, int row, String column, String reasonPart) {
        assertTrue(report.errors().stream().anyMatch(e -> e.row() == row
                        && java.util.Objects.equals(e.column(), column) && e.reason().contains(reasonPart)),
                "expected row " + row + ", column " + column + ", reason ~ " + reasonPart + " in " + report.errors());
    }
}
