package io.archivo.inventory.domain;

import io.archivo.common.organisation.Coded;
import io.archivo.common.organisation.Codes;
import io.archivo.common.organisation.Department;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A statistical process of the inventory, identified for users by its stable {@code code}. Enumerated values are
 * stored as their codes; multi-valued enumerations as a {@code ;}-separated code list (they are never queried one
 * by one), regulating norms as rows of {@code process_norm} because they are free text. The entity is never
 * serialised: it is read and written through {@link ProcessData}.
 */
@Entity
@Table(name = "statistical_process")
public class StatisticalProcess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = FieldLimits.CODE)
    private String code;

    @Column(nullable = false, length = FieldLimits.NAME)
    private String name;

    @Column(nullable = false, length = 32)
    private String department;

    @Column(name = "process_group", length = FieldLimits.SHORT_TEXT)
    private String group;

    @Column(length = FieldLimits.LONG_TEXT)
    private String purpose;

    @Column(name = "process_type", nullable = false, length = 32)
    private String type;

    @Column(name = "thematic_area", length = FieldLimits.SHORT_TEXT)
    private String thematicArea;

    @Column(name = "geographic_disaggregation", length = FieldLimits.TEXT)
    private String geographicDisaggregation;

    @Column(name = "thematic_disaggregation", length = FieldLimits.TEXT)
    private String thematicDisaggregation;

    @Column(length = FieldLimits.TEXT)
    private String coverage;

    @Column(length = FieldLimits.SHORT_TEXT)
    private String responsible;

    @Column(name = "observation_units", length = FieldLimits.TEXT)
    private String observationUnits;

    @Column(name = "target_population", length = FieldLimits.TEXT)
    private String targetPopulation;

    @Column(length = FieldLimits.SHORT_TEXT)
    private String periodicity;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 128) // listing all processes reads their norms in a few queries, not one each
    @CollectionTable(name = "process_norm", joinColumns = @JoinColumn(name = "process_id"))
    @OrderColumn(name = "norm_order")
    @Column(name = "norm", nullable = false, length = FieldLimits.NORM)
    private List<String> norms = new ArrayList<>();

    @Column(name = "collection_sources", length = 200)
    private String sources;

    @Column(name = "collection_instruments", length = 200)
    private String instruments;

    @Column(name = "storage_technologies", length = 200)
    private String storage;

    @Column(nullable = false)
    private boolean documented;

    @Column(name = "document_states", length = 200)
    private String documentStates;

    @Column(name = "dane_standard", nullable = false)
    private boolean daneStandard;

    @Column(name = "dane_instruments", nullable = false)
    private boolean daneInstruments;

    @Column(name = "public_dissemination", nullable = false)
    private boolean publicDissemination;

    @Column(name = "dissemination_media", length = 200)
    private String media;

    @Column(nullable = false, length = 32)
    private String classification;

    @Column(nullable = false)
    private boolean illustrative;

    @Column(name = "legal_basis", length = 2000)
    private String legalBasis;

    @Column(name = "classification_exception", length = 16)
    private String classificationException;

    @Column(name = "classification_decided_on")
    private java.time.LocalDate classificationDecidedOn;

    @Column(name = "classification_term", length = 500)
    private String classificationTerm;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StatisticalProcess() {
        // for JPA
    }

    public static StatisticalProcess from(ProcessData data) {
        StatisticalProcess process = new StatisticalProcess();
        process.code = data.code();
        process.apply(data);
        return process;
    }

    /** Overwrites every field but the code, which identifies the process and never changes. */
    public void apply(ProcessData data) {
        name = data.name();
        department = data.department().code();
        group = data.group();
        purpose = data.purpose();
        type = data.type().code();
        thematicArea = data.thematicArea();
        geographicDisaggregation = data.geographicDisaggregation();
        thematicDisaggregation = data.thematicDisaggregation();
        coverage = data.coverage();
        responsible = data.responsible();
        observationUnits = data.observationUnits();
        targetPopulation = data.targetPopulation();
        periodicity = data.periodicity();
        norms.clear();
        norms.addAll(data.norms());
        sources = Codes.joinCodes(data.sources());
        instruments = Codes.joinCodes(data.instruments());
        storage = Codes.joinCodes(data.storage());
        documented = data.documented();
        documentStates = Codes.joinCodes(data.documentStates());
        daneStandard = data.daneStandard();
        daneInstruments = data.daneInstruments();
        publicDissemination = data.publicDissemination();
        media = Codes.joinCodes(data.media());
        classification = data.classification().code();
        illustrative = data.illustrative();
    }

    public ProcessData toData() {
        return ProcessData.builder()
                .code(code)
                .name(name)
                .department(stored(Department.class, department))
                .group(group)
                .purpose(purpose)
                .type(stored(ProcessType.class, type))
                .thematicArea(thematicArea)
                .geographicDisaggregation(geographicDisaggregation)
                .thematicDisaggregation(thematicDisaggregation)
                .coverage(coverage)
                .responsible(responsible)
                .observationUnits(observationUnits)
                .targetPopulation(targetPopulation)
                .periodicity(periodicity)
                .norms(List.copyOf(norms))
                .sources(Codes.splitCodes(CollectionSource.class, sources))
                .instruments(Codes.splitCodes(CollectionInstrument.class, instruments))
                .storage(Codes.splitCodes(StorageTechnology.class, storage))
                .documented(documented)
                .documentStates(Codes.splitCodes(DocumentState.class, documentStates))
                .daneStandard(daneStandard)
                .daneInstruments(daneInstruments)
                .publicDissemination(publicDissemination)
                .media(Codes.splitCodes(DisseminationMedium.class, media))
                .classification(stored(Classification.class, classification))
                .illustrative(illustrative)
                .build();
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** Records the details of the classification decision (legal basis, exception, date, term). */
    public void decide(String legalBasis, String exception, java.time.LocalDate decidedOn, String term) {
        this.legalBasis = legalBasis;
        this.classificationException = exception;
        this.classificationDecidedOn = decidedOn;
        this.classificationTerm = term;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getClassificationException() {
        return classificationException;
    }

    public java.time.LocalDate getClassificationDecidedOn() {
        return classificationDecidedOn;
    }

    public String getClassificationTerm() {
        return classificationTerm;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    private static <E extends Enum<E> & Coded> E stored(Class<E> type, String code) {
        return Codes.find(type, code).orElseThrow(
                () -> new IllegalStateException("Unknown " + type.getSimpleName() + " code in database: " + code));
    }
}
