package io.archivo.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.inventory.domain.CollectionInstrument;
import io.archivo.common.organisation.Department;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.domain.ProcessRules;
import io.archivo.inventory.domain.ProcessType;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo catalogue must reproduce the plan's diagnostic exactly (docs/inventory.md, "Catálogo de demostración"). */
class DemoCatalogueTest {

    private final List<ProcessData> catalogue = DemoCatalogue.processes();

    private long count(Predicate<ProcessData> rule) {
        return catalogue.stream().filter(rule).count();
    }

    @Test
    void has111IllustrativeProcessesAcrossThe16Departments() {
        assertEquals(111, catalogue.size());
        assertEquals(Set.of(Department.values()), catalogue.stream().map(ProcessData::department).collect(Collectors.toSet()));
        assertEquals(111, count(ProcessData::illustrative));
        assertEquals(111, catalogue.stream().map(ProcessData::code).distinct().count(), "codes are unique");
    }

    @Test
    void everyProcessPassesTheInventoryRules() {
        for (ProcessData p : catalogue) {
            assertEquals(List.of(), ProcessRules.check(p), p.code());
        }
    }

    @Test
    void reproducesTheStatisticalOperations() {
        assertEquals(19, count(p -> p.type() == ProcessType.OPERACION_ESTADISTICA));
    }

    @Test
    void reproducesDissemination() {
        assertEquals(57, count(ProcessData::publicDissemination));
        assertEquals(54, count(p -> !p.publicDissemination()), "49 % do not disseminate");
        assertEquals(38, count(ProcessData::disseminatesOnWeb));
        assertTrue(catalogue.stream().filter(ProcessData::publicDissemination).noneMatch(p -> p.media().isEmpty()));
    }

    @Test
    void reproducesDigitalCollection() {
        assertEquals(21, count(ProcessData::usesDigitalCollection));
        assertEquals(7, count(p -> p.instruments().contains(CollectionInstrument.CORREO_ELECTRONICO)));
        assertEquals(12, count(p -> p.instruments().contains(CollectionInstrument.FORMULARIO_WEB)));
        assertEquals(3, count(p -> p.instruments().contains(CollectionInstrument.DISPOSITIVO_MOVIL)));
        assertEquals(1, count(p -> p.instruments().stream().filter(CollectionInstrument::isDigital).count() == 2),
                "one process uses two digital instruments");
    }

    @Test
    void reproducesSourcesDocumentationNormsAndStorage() {
        assertEquals(53, count(ProcessData::usesAdministrativeRecords));
        assertEquals(29, count(p -> !p.documented()));
        assertEquals(38, count(ProcessData::hasPendingDocumentation));
        assertEquals(11, count(ProcessData::daneInstruments));
        assertEquals(0, count(ProcessData::daneStandard), "the plan's baseline of documentacion-dane");
        assertEquals(103, count(ProcessData::isRegulated));
        assertEquals(33, count(ProcessData::usesDatabaseManager));
    }

    @Test
    void processesWithStudiesAreDocumentedAndDisseminated() {
        Set<String> withStudies = DemoCatalogue.codesWithStudies();
        assertEquals(20, withStudies.size());
        for (ProcessData p : catalogue) {
            if (withStudies.contains(p.code())) {
                assertTrue(p.documented() && p.publicDissemination(), p.code());
            }
        }
    }

    @Test
    void isDeterministic() {
        assertEquals(DemoCatalogue.processes(), DemoCatalogue.processes());
        assertEquals("SAL-01", catalogue.stream().filter(p -> p.department() == Department.SALUD).findFirst().orElseThrow().code());
    }
}
