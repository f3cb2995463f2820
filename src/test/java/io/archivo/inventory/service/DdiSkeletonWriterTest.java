package io.archivo.inventory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.demo.DemoCatalogue;
import io.archivo.common.organisation.Department;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.domain.ProcessType;
import io.archivo.inventory.testsupport.DdiSchema;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DdiSkeletonWriterTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 6);

    @Test
    void everyDemoProcessGivesASchemaValidSkeleton() throws Exception {
        for (ProcessData p : DemoCatalogue.processes()) {
            assertEquals(List.of(), DdiSchema.errorsOf(DdiSkeletonWriter.write(p, TODAY)), p.code());
        }
    }

    @Test
    void aMinimalProcessGivesASchemaValidSkeleton() throws Exception {
        ProcessData minimal = ProcessData.builder().code("JUR-09").name("Informe <mínimo> & breve")
                .department(Department.JURIDICA).type(ProcessType.INFORME_GESTION).build();
        byte[] xml = DdiSkeletonWriter.write(minimal, TODAY);
        assertEquals(List.of(), DdiSchema.errorsOf(xml));
        assertTrue(new String(xml, StandardCharsets.UTF_8).contains("Informe &lt;mínimo&gt; &amp; breve"));
    }

    @Test
    void isPreFilledFromTheInventory() {
        ProcessData p = DemoCatalogue.processes().stream().filter(x -> x.code().equals("TRA-01")).findFirst().orElseThrow();
        String xml = new String(DdiSkeletonWriter.write(p, TODAY), StandardCharsets.UTF_8);

        assertTrue(xml.contains("<IDNo agency=\"Alcaldía de Santiago de Cali\">CALI-TRA-01</IDNo>"), xml);
        assertTrue(xml.contains("<titl>Siniestralidad vial</titl>"), xml);
        assertTrue(xml.contains("<AuthEnty affiliation=\"Alcaldía de Santiago de Cali\">Tránsito</AuthEnty>"), xml);
        assertTrue(xml.contains("<abstract>" + p.purpose() + "</abstract>"), xml);
        assertTrue(xml.contains("<topcClas vocab=\"Área temática del inventario\">Transporte y movilidad</topcClas>"), xml);
        assertTrue(xml.contains("<serName>TRA-01</serName>"), xml);
        assertTrue(xml.contains("<anlyUnit>Siniestro vial</anlyUnit>"), xml);
        assertTrue(xml.contains("<universe>" + p.targetPopulation() + "</universe>"), xml);
        assertTrue(xml.contains("<dataKind>Registro administrativo</dataKind>"), xml);
        assertTrue(xml.contains("<geogCover>" + p.coverage() + "</geogCover>"), xml);
        assertTrue(xml.contains("<frequenc>Mensual</frequenc>"), xml);
    }
}
