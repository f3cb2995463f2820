package io.archivo.transparency;

import io.archivo.access.AccessPolicy;
import io.archivo.access.ClassificationDecision;
import io.archivo.archive.catalogue.ClassifiedStudy;
import io.archivo.archive.catalogue.StudyCatalogue;
import io.archivo.common.organisation.Coded;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.service.ProcessService;
import io.archivo.inventory.service.PublishedStudies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two instruments Ley 1712 de 2014 requires, generated from the catalogue: the Registro de Activos de
 * Información (Decreto 103 de 2015 art. 38; every process) and the Índice de Información Clasificada y Reservada
 * (art. 39-40; every process, and every published study, with a clasificada or reservada decision). Both are public
 * by law; they only
 * show what the law makes public (no content of classified studies, no counts of hidden studies).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TransparencyService {

    public static final List<String> REGISTRO_COLUMNS = List.of(
            "Código",
            "Nombre o título de la categoría de información",
            "Nombre o título de la información",
            "Descripción del contenido de la categoría de la información",
            "Idioma",
            "Medio de conservación y/o soporte",
            "Formato",
            "Información publicada o disponible",
            "Dependencia responsable",
            "Responsable de la información",
            "Clasificación (Ley 1712 de 2014)");

    public static final List<String> INDICE_COLUMNS = List.of(
            "Tipo de activo",
            "Identificador",
            "Nombre o título de la categoría de información",
            "Nombre o título de la información",
            "Idioma",
            "Medio de conservación y/o soporte",
            "Fecha de generación de la información",
            "Nombre del responsable de la producción de la información",
            "Nombre del responsable de la información",
            "Objetivo legítimo de la excepción",
            "Fundamento constitucional o legal",
            "Fundamento jurídico de la excepción",
            "Excepción total o parcial",
            "Fecha de la calificación",
            "Plazo de la clasificación o reserva");

    private final ProcessService processes;
    private final PublishedStudies published;
    private final StudyCatalogue studies;

    TransparencyService(ProcessService processes, PublishedStudies published, StudyCatalogue studies) {
        this.processes = processes;
        this.published = published;
        this.studies = studies;
    }

    /** Both instruments, as {@link #registro()} and {@link #indice()} give them. */
    public record Instruments(List<Map<String, String>> registro, List<Map<String, String>> indice) {
    }

    /** Both instruments from one read of the inventory (the transparency page shows both). */
    public Instruments instruments() {
        List<Map.Entry<ProcessData, ClassificationDecision>> all = processes.allWithClassification();
        return new Instruments(registro(all), indice(all));
    }

    /** One row per process, in the columns of {@link #REGISTRO_COLUMNS}. */
    public List<Map<String, String>> registro() {
        return registro(processes.allWithClassification());
    }

    /** One row per classified or reserved asset (processes first, then studies with their own decision). */
    public List<Map<String, String>> indice() {
        return indice(processes.allWithClassification());
    }

    private List<Map<String, String>> registro(List<Map.Entry<ProcessData, ClassificationDecision>> all) {
        Set<String> withPublic = published.processCodesWithPublishedStudy();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map.Entry<ProcessData, ClassificationDecision> e : all) {
            ProcessData p = e.getKey();
            List<String> v = List.of(
                    p.code(),
                    "Proceso estadístico" + (p.thematicArea() == null ? "" : " — " + p.thematicArea()),
                    p.name(),
                    nz(p.purpose()),
                    "Español",
                    p.storage().isEmpty() ? "Electrónico" : "Electrónico: " + labels(p.storage()),
                    "Metadatos DDI Codebook 2.5 (XML), JSON, SDMX-ML"
                            + (p.media().isEmpty() ? "" : "; difusión: " + labels(p.media())),
                    withPublic.contains(p.code()) ? "Publicada" : "Disponible",
                    p.department() == null ? "" : p.department().label(),
                    nz(p.responsible()),
                    levelLabel(e.getValue().level()));
            rows.add(row(REGISTRO_COLUMNS, v));
        }
        return rows;
    }

    private List<Map<String, String>> indice(List<Map.Entry<ProcessData, ClassificationDecision>> all) {
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, ProcessData> byCode = new LinkedHashMap<>();
        for (Map.Entry<ProcessData, ClassificationDecision> e : all) {
            ProcessData p = e.getKey();
            byCode.put(p.code(), p);
            ClassificationDecision d = e.getValue();
            if (AccessPolicy.PUBLICA.equals(d.level())) {
                continue;
            }
            rows.add(row(INDICE_COLUMNS, indiceRow("Proceso estadístico", p.code(), p, p.name(), "", d)));
        }
        for (ClassifiedStudy s : studies.classifiedStudies()) {
            ProcessData p = s.processCode() == null ? null : byCode.get(s.processCode());
            // the title of a draft is not public: the index names the published edition, or says there is none
            String title = s.publishedTitle() != null ? s.publishedTitle() : "(estudio sin publicar)";
            rows.add(row(INDICE_COLUMNS, indiceRow("Estudio (DDI)", s.idno(), p, title,
                    s.createdOn() == null ? "" : s.createdOn().toString(), s.decision())));
        }
        return rows;
    }

    private static List<String> indiceRow(String kind, String id, ProcessData p, String title, String generated,
            ClassificationDecision d) {
        String department = p == null || p.department() == null ? "" : p.department().label();
        return List.of(
                kind,
                id,
                p == null ? "" : "Proceso estadístico" + (p.thematicArea() == null ? "" : " — " + p.thematicArea()),
                nz(title),
                "Español",
                "Electrónico",
                generated,
                p == null ? "" : nz(p.responsible()),
                department,
                AccessPolicy.CLASIFICADA.equals(d.level())
                        ? "Información pública clasificada (Ley 1712 de 2014, art. 18)"
                        : "Información pública reservada (Ley 1712 de 2014, art. 19)",
                AccessPolicy.CLASIFICADA.equals(d.level()) ? "Ley 1712 de 2014, art. 18" : "Ley 1712 de 2014, art. 19",
                nz(d.legalBasis()),
                nz(d.exception()),
                d.decidedOn() == null ? "" : d.decidedOn().toString(),
                nz(d.term()));
    }

    static String levelLabel(String level) {
        return switch (level) {
            case AccessPolicy.CLASIFICADA -> "Pública clasificada";
            case AccessPolicy.RESERVADA -> "Pública reservada";
            default -> "Pública";
        };
    }

    private static Map<String, String> row(List<String> columns, List<String> values) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values.get(i));
        }
        return row;
    }

    private static String labels(Set<? extends Coded> values) {
        return values.stream().map(Coded::label).sorted().collect(Collectors.joining("; "));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
