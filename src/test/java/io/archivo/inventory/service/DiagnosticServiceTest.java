package io.archivo.inventory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archivo.demo.DemoCatalogue;
import io.archivo.common.organisation.Department;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.domain.ProcessType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticServiceTest {

    private static long count(List<Diagnostic.Count> counts, String code) {
        return counts.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().count();
    }

    @Test
    void totalsReproduceThePlansDiagnostic() {
        Diagnostic d = DiagnosticService.compute(DemoCatalogue.processes());
        Diagnostic.Breakdown total = d.total();

        assertEquals(111, total.processes());
        assertEquals(19, count(total.types(), "operacion_estadistica"));
        assertEquals(29, count(total.documentation(), "no_documentado"));
        assertEquals(11, count(total.documentation(), "instrumentos_dane"));
        assertEquals(33, count(total.storage(), "gestor_base_datos"));
        assertEquals(57, count(total.dissemination(), "publico"));
        assertEquals(54, count(total.dissemination(), "no_publico"));
        assertEquals(38, count(total.dissemination(), "web"));
        assertEquals(16, d.departments().size());
        assertEquals(111, d.departments().stream().mapToLong(Diagnostic.Breakdown::processes).sum());
    }

    @Test
    void departmentBreakdownsFollowTheData() {
        List<ProcessData> processes = new ArrayList<>(DemoCatalogue.processes());
        Diagnostic before = DiagnosticService.compute(processes);
        long healthOperations = count(department(before, "salud").types(), "operacion_estadistica");

        ProcessData moved = processes.stream().filter(p -> p.department() == Department.SALUD
                && p.type() == ProcessType.OPERACION_ESTADISTICA).findFirst().orElseThrow();
        processes.set(processes.indexOf(moved), moved.toBuilder().department(Department.DEPORTE).build());
        Diagnostic after = DiagnosticService.compute(processes);

        assertEquals(healthOperations - 1, count(department(after, "salud").types(), "operacion_estadistica"));
        assertEquals(1, count(department(after, "deporte").types(), "operacion_estadistica"));
        assertEquals(19, count(after.total().types(), "operacion_estadistica"));
    }

    private static Diagnostic.Breakdown department(Diagnostic d, String code) {
        return d.departments().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }
}
