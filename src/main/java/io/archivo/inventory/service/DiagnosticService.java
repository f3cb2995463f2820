package io.archivo.inventory.service;

import io.archivo.common.organisation.Coded;
import io.archivo.common.organisation.Department;
import io.archivo.inventory.domain.DisseminationMedium;
import io.archivo.inventory.domain.DocumentState;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.domain.ProcessType;
import io.archivo.inventory.domain.StorageTechnology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Breakdowns of the inventory by department, computed from the processes as they are now. */
@ApplicationScoped
public class DiagnosticService {

    @Inject
    ProcessService processes;

    public Diagnostic current() {
        return compute(processes.all());
    }

    public static Diagnostic compute(List<ProcessData> processes) {
        List<Diagnostic.Breakdown> departments = new ArrayList<>();
        for (Department d : Department.values()) {
            List<ProcessData> own = processes.stream().filter(p -> p.department() == d).toList();
            departments.add(breakdown(d.code(), d.label(), own));
        }
        boolean illustrative = processes.stream().anyMatch(ProcessData::illustrative);
        return new Diagnostic(illustrative, breakdown("total", "Total", processes), departments);
    }

    private static Diagnostic.Breakdown breakdown(String code, String label, List<ProcessData> ps) {
        List<Diagnostic.Count> types = new ArrayList<>();
        for (ProcessType t : ProcessType.values()) {
            types.add(count(t, ps, p -> p.type() == t));
        }
        List<Diagnostic.Count> documentation = new ArrayList<>();
        documentation.add(count("documentado", "Documentado", ps, ProcessData::documented));
        documentation.add(count("no_documentado", "No documentado", ps, p -> !p.documented()));
        for (DocumentState s : DocumentState.values()) {
            documentation.add(count(s, ps, p -> p.documentStates().contains(s)));
        }
        documentation.add(count("estandar_dane", "Bajo estándar DANE", ps, p -> p.documented() && p.daneStandard()));
        documentation.add(count("instrumentos_dane", "Usa instrumentos técnicos DANE", ps, ProcessData::daneInstruments));
        List<Diagnostic.Count> storage = new ArrayList<>();
        for (StorageTechnology s : StorageTechnology.values()) {
            storage.add(count(s, ps, p -> p.storage().contains(s)));
        }
        storage.add(count("sin_dato", "Sin dato", ps, p -> p.storage().isEmpty()));
        List<Diagnostic.Count> dissemination = new ArrayList<>();
        dissemination.add(count("publico", "Difunde al público", ps, ProcessData::publicDissemination));
        dissemination.add(count("no_publico", "No difunde al público", ps, p -> !p.publicDissemination()));
        for (DisseminationMedium m : DisseminationMedium.values()) {
            dissemination.add(count(m, ps, p -> p.publicDissemination() && p.media().contains(m)));
        }
        return new Diagnostic.Breakdown(code, label, ps.size(), types, documentation, storage, dissemination);
    }

    private static Diagnostic.Count count(Coded value, List<ProcessData> ps, Predicate<ProcessData> rule) {
        return count(value.code(), value.label(), ps, rule);
    }

    private static Diagnostic.Count count(String code, String label, List<ProcessData> ps, Predicate<ProcessData> rule) {
        return new Diagnostic.Count(code, label, ps.stream().filter(rule).count());
    }
}
