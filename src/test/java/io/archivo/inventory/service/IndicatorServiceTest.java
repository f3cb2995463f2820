package io.archivo.inventory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.demo.DemoCatalogue;
import io.archivo.inventory.domain.CollectionInstrument;
import io.archivo.inventory.domain.DisseminationMedium;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.domain.StorageTechnology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IndicatorServiceTest {

    private static Map<String, Indicator> byId(IndicatorReport report) {
        return report.indicators().stream().collect(Collectors.toMap(Indicator::id, i -> i));
    }

    @Test
    void theDemoCatalogueSitsOnThePlansBaseline() {
        Map<String, Indicator> i = byId(IndicatorService.compute(DemoCatalogue.processes(), Set.of()));

        assertEquals(6, i.size());
        assertIndicator(i.get("metadatos-estandarizados"), 0, 77, 0);
        assertIndicator(i.get("difusion-publico"), 57, 87, 57);
        assertIndicator(i.get("difusion-web"), 38, 57, 38);
        assertIndicator(i.get("recoleccion-digital"), 21, 67, 21);
        assertIndicator(i.get("documentacion-dane"), 0, 61, 0);
        assertIndicator(i.get("bases-de-datos"), 33, 71, 33);
        assertTrue(i.values().stream().allMatch(x -> x.unit().equals("procesos")));
    }

    @Test
    void publishedStudiesCountOnlyForProcessesOfTheInventory() {
        Set<String> published = Set.of("SAL-01", "TRA-01", "NO-EXISTE");
        IndicatorReport report = IndicatorService.compute(DemoCatalogue.processes(), published);

        assertEquals(2, byId(report).get("metadatos-estandarizados").current());
        assertEquals(111, report.processes());
        assertTrue(report.illustrative());
    }

    @Test
    void changingAProcessChangesTheIndicators() {
        List<ProcessData> processes = new ArrayList<>(DemoCatalogue.processes());
        int index = indexOfFirst(processes, p -> !p.publicDissemination() && !p.usesDigitalCollection()
                && !p.usesDatabaseManager() && p.documented());
        ProcessData before = processes.get(index);
        processes.set(index, before.toBuilder()
                .publicDissemination(true).media(Set.of(DisseminationMedium.WEB))
                .instruments(Set.of(CollectionInstrument.FORMULARIO_WEB))
                .storage(Set.of(StorageTechnology.GESTOR_BASE_DATOS))
                .daneStandard(true)
                .build());

        Map<String, Indicator> i = byId(IndicatorService.compute(processes, Set.of(before.code())));

        assertEquals(1, i.get("metadatos-estandarizados").current());
        assertEquals(58, i.get("difusion-publico").current());
        assertEquals(39, i.get("difusion-web").current());
        assertEquals(22, i.get("recoleccion-digital").current());
        assertEquals(1, i.get("documentacion-dane").current());
        assertEquals(34, i.get("bases-de-datos").current());
    }

    @Test
    void removingProcessesLowersTheIndicators() {
        List<ProcessData> onlyOperations = DemoCatalogue.processes().stream()
                .filter(p -> p.type() == io.archivo.inventory.domain.ProcessType.OPERACION_ESTADISTICA).toList();
        Map<String, Indicator> i = byId(IndicatorService.compute(onlyOperations, Set.of()));

        assertEquals(onlyOperations.stream().filter(ProcessData::publicDissemination).count(), i.get("difusion-publico").current());
        assertTrue(i.get("difusion-publico").current() <= 19);
    }

    @Test
    void webMediaOfAProcessThatDoesNotDisseminateDoNotCount() {
        ProcessData p = DemoCatalogue.processes().get(0).toBuilder()
                .publicDissemination(false).media(Set.of(DisseminationMedium.WEB)).build();
        assertEquals(0, byId(IndicatorService.compute(List.of(p), Set.of())).get("difusion-web").current());
    }

    private static void assertIndicator(Indicator indicator, int baseline, int target, int current) {
        assertEquals(baseline, indicator.baseline(), indicator.id());
        assertEquals(target, indicator.target(), indicator.id());
        assertEquals(current, indicator.current(), indicator.id());
    }

    private static int indexOfFirst(List<ProcessData> list, java.util.function.Predicate<ProcessData> rule) {
        for (int i = 0; i < list.size(); i++) {
            if (rule.test(list.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such process");
    }
}
