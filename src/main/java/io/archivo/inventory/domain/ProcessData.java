package io.archivo.inventory.domain;

import io.archivo.common.organisation.Department;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The inventory's fields of one statistical process, free of persistence and HTTP. The importers, the demo
 * catalogue, the indicators and the DDI skeleton all work on this value; {@link StatisticalProcess} stores it.
 * Text fields are null when unknown; collections are never null.
 *
 * @param documented      whether the process has any documentation at all
 * @param documentStates  states of its documents (several when it has several documents)
 * @param daneStandard    its documentation follows the DANE standard for documenting statistical processes
 * @param daneInstruments it uses DANE technical instruments (classifications, nomenclatures, methodological guides)
 * @param illustrative    the record belongs to the illustrative demo catalogue, not to the real inventory
 */
public record ProcessData(
        String code,
        String name,
        Department department,
        String group,
        String purpose,
        ProcessType type,
        String thematicArea,
        String geographicDisaggregation,
        String thematicDisaggregation,
        String coverage,
        String responsible,
        String observationUnits,
        String targetPopulation,
        String periodicity,
        List<String> norms,
        Set<CollectionSource> sources,
        Set<CollectionInstrument> instruments,
        Set<StorageTechnology> storage,
        boolean documented,
        Set<DocumentState> documentStates,
        boolean daneStandard,
        boolean daneInstruments,
        boolean publicDissemination,
        Set<DisseminationMedium> media,
        Classification classification,
        boolean illustrative) {

    public ProcessData {
        norms = List.copyOf(norms == null ? List.of() : norms);
        sources = frozen(CollectionSource.class, sources);
        instruments = frozen(CollectionInstrument.class, instruments);
        storage = frozen(StorageTechnology.class, storage);
        documentStates = frozen(DocumentState.class, documentStates);
        media = frozen(DisseminationMedium.class, media);
    }

    public boolean usesDigitalCollection() {
        return instruments.stream().anyMatch(CollectionInstrument::isDigital);
    }

    public boolean usesAdministrativeRecords() {
        return sources.contains(CollectionSource.REGISTRO_ADMINISTRATIVO);
    }

    public boolean hasPendingDocumentation() {
        return documentStates.stream().anyMatch(DocumentState::isPending);
    }

    public boolean isRegulated() {
        return !norms.isEmpty();
    }

    public boolean usesDatabaseManager() {
        return storage.contains(StorageTechnology.GESTOR_BASE_DATOS);
    }

    /** On the web <em>for the public</em>: web media only count when the process disseminates to the public. */
    public boolean disseminatesOnWeb() {
        return publicDissemination && media.contains(DisseminationMedium.WEB);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    // EnumSet keeps declaration order, so labels and codes always come out in the same order
    private static <E extends Enum<E>> Set<E> frozen(Class<E> type, Collection<E> values) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(copy::add);
        }
        return Collections.unmodifiableSet(copy);
    }

    /** Fluent construction; the record has too many components to call its constructor by hand. */
    public static final class Builder {
        private String code;
        private String name;
        private Department department;
        private String group;
        private String purpose;
        private ProcessType type;
        private String thematicArea;
        private String geographicDisaggregation;
        private String thematicDisaggregation;
        private String coverage;
        private String responsible;
        private String observationUnits;
        private String targetPopulation;
        private String periodicity;
        private List<String> norms = List.of();
        private Set<CollectionSource> sources = Set.of();
        private Set<CollectionInstrument> instruments = Set.of();
        private Set<StorageTechnology> storage = Set.of();
        private boolean documented;
        private Set<DocumentState> documentStates = Set.of();
        private boolean daneStandard;
        private boolean daneInstruments;
        private boolean publicDissemination;
        private Set<DisseminationMedium> media = Set.of();
        private Classification classification = Classification.PUBLICA;
        private boolean illustrative;

        private Builder() {
        }

        private Builder(ProcessData p) {
            code = p.code;
            name = p.name;
            department = p.department;
            group = p.group;
            purpose = p.purpose;
            type = p.type;
            thematicArea = p.thematicArea;
            geographicDisaggregation = p.geographicDisaggregation;
            thematicDisaggregation = p.thematicDisaggregation;
            coverage = p.coverage;
            responsible = p.responsible;
            observationUnits = p.observationUnits;
            targetPopulation = p.targetPopulation;
            periodicity = p.periodicity;
            norms = p.norms;
            sources = p.sources;
            instruments = p.instruments;
            storage = p.storage;
            documented = p.documented;
            documentStates = p.documentStates;
            daneStandard = p.daneStandard;
            daneInstruments = p.daneInstruments;
            publicDissemination = p.publicDissemination;
            media = p.media;
            classification = p.classification;
            illustrative = p.illustrative;
        }

        public Builder code(String v) { code = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder department(Department v) { department = v; return this; }
        public Builder group(String v) { group = v; return this; }
        public Builder purpose(String v) { purpose = v; return this; }
        public Builder type(ProcessType v) { type = v; return this; }
        public Builder thematicArea(String v) { thematicArea = v; return this; }
        public Builder geographicDisaggregation(String v) { geographicDisaggregation = v; return this; }
        public Builder thematicDisaggregation(String v) { thematicDisaggregation = v; return this; }
        public Builder coverage(String v) { coverage = v; return this; }
        public Builder responsible(String v) { responsible = v; return this; }
        public Builder observationUnits(String v) { observationUnits = v; return this; }
        public Builder targetPopulation(String v) { targetPopulation = v; return this; }
        public Builder periodicity(String v) { periodicity = v; return this; }
        public Builder norms(List<String> v) { norms = v; return this; }
        public Builder sources(Set<CollectionSource> v) { sources = v; return this; }
        public Builder instruments(Set<CollectionInstrument> v) { instruments = v; return this; }
        public Builder storage(Set<StorageTechnology> v) { storage = v; return this; }
        public Builder documented(boolean v) { documented = v; return this; }
        public Builder documentStates(Set<DocumentState> v) { documentStates = v; return this; }
        public Builder daneStandard(boolean v) { daneStandard = v; return this; }
        public Builder daneInstruments(boolean v) { daneInstruments = v; return this; }
        public Builder publicDissemination(boolean v) { publicDissemination = v; return this; }
        public Builder media(Set<DisseminationMedium> v) { media = v; return this; }
        public Builder classification(Classification v) { classification = v; return this; }
        public Builder illustrative(boolean v) { illustrative = v; return this; }

        public ProcessData build() {
            return new ProcessData(code, name, department, group, purpose, type, thematicArea,
                    geographicDisaggregation, thematicDisaggregation, coverage, responsible, observationUnits,
                    targetPopulation, periodicity, norms, sources, instruments, storage, documented, documentStates,
                    daneStandard, daneInstruments, publicDissemination, media, classification, illustrative);
        }
    }
}
