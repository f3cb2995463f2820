package io.archivo.inventory.importer;

import io.archivo.common.organisation.Codes;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.domain.ProcessField;
import java.util.ArrayList;
import java.util.List;

/** The cells of one exported row, in {@link ProcessField} order, written so that the importer reads them back. */
public final class ProcessSheetCells {

    private ProcessSheetCells() {
    }

    public static List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (ProcessField f : ProcessField.values()) {
            headers.add(f.header());
        }
        return headers;
    }

    public static List<String> cells(ProcessData p) {
        List<String> cells = new ArrayList<>();
        for (ProcessField f : ProcessField.values()) {
            cells.add(cell(p, f));
        }
        return cells;
    }

    static String cell(ProcessData p, ProcessField field) {
        String value = switch (field) {
            case CODE -> p.code();
            case NAME -> p.name();
            case DEPARTMENT -> p.department() == null ? null : p.department().label();
            case GROUP -> p.group();
            case PURPOSE -> p.purpose();
            case TYPE -> p.type() == null ? null : p.type().label();
            case THEMATIC_AREA -> p.thematicArea();
            case GEOGRAPHIC_DISAGGREGATION -> p.geographicDisaggregation();
            case THEMATIC_DISAGGREGATION -> p.thematicDisaggregation();
            case COVERAGE -> p.coverage();
            case RESPONSIBLE -> p.responsible();
            case OBSERVATION_UNITS -> p.observationUnits();
            case TARGET_POPULATION -> p.targetPopulation();
            case PERIODICITY -> p.periodicity();
            case NORMS -> String.join(Codes.LIST_SEPARATOR + " ", p.norms());
            case SOURCES -> Codes.joinLabels(p.sources());
            case INSTRUMENTS -> Codes.joinLabels(p.instruments());
            case STORAGE -> Codes.joinLabels(p.storage());
            case DOCUMENTED -> yesNo(p.documented());
            case DOCUMENT_STATES -> Codes.joinLabels(p.documentStates());
            case DANE_STANDARD -> yesNo(p.daneStandard());
            case DANE_INSTRUMENTS -> yesNo(p.daneInstruments());
            case PUBLIC_DISSEMINATION -> yesNo(p.publicDissemination());
            case MEDIA -> Codes.joinLabels(p.media());
            case CLASSIFICATION -> p.classification() == null ? null : p.classification().label();
            case ILLUSTRATIVE -> yesNo(p.illustrative());
        };
        return value == null ? "" : value;
    }

    private static String yesNo(boolean value) {
        return value ? "Sí" : "No";
    }
}
