package io.archivo.inventory.importer;

import io.archivo.inventory.domain.Classification;
import io.archivo.inventory.domain.CodedValues;
import io.archivo.common.organisation.Coded;
import io.archivo.common.organisation.Codes;
import io.archivo.inventory.domain.CollectionInstrument;
import io.archivo.inventory.domain.CollectionSource;
import io.archivo.common.organisation.Department;
import io.archivo.inventory.domain.DisseminationMedium;
import io.archivo.inventory.domain.DocumentState;
import io.archivo.inventory.domain.FieldViolation;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.domain.ProcessField;
import io.archivo.inventory.domain.ProcessRules;
import io.archivo.inventory.domain.ProcessType;
import io.archivo.inventory.domain.StorageTechnology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives meaning to a {@link SheetTable}: matches the Spanish headers to {@link ProcessField}s, turns each row into
 * a {@link ProcessData} and collects every problem with its row, column and reason. It never stops at the first
 * error, so that the user can fix the whole file in one go.
 */
public final class ProcessSheetMapper {

    /** Beyond this, a file is more likely a mistake than an inventory (the real one has 111 rows). */
    public static final int MAX_ROWS = 5000;

    private static final Set<String> YES = Set.of("si", "s", "x", "true", "verdadero", "1", "yes");
    private static final Set<String> NO = Set.of("no", "n", "false", "falso", "0", "");

    private ProcessSheetMapper() {
    }

    public static ImportReport map(SheetTable table) {
        List<ImportError> errors = new ArrayList<>();
        Map<ProcessField, Integer> columns = columnsOf(table.headers(), errors);
        if (table.rows().size() > MAX_ROWS) {
            errors.add(new ImportError(MAX_ROWS + 2, null, "el archivo supera el máximo de " + MAX_ROWS + " filas"));
        }
        if (table.rows().isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(2, null, "el archivo no contiene procesos"));
        }
        if (!errors.isEmpty()) {
            return new ImportReport(List.of(), errors);
        }
        List<ProcessData> processes = new ArrayList<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        for (SheetRow row : table.rows()) {
            RowReader reader = new RowReader(row, columns, table.headers(), errors);
            ProcessData process = reader.read();
            reader.rejectCellsWithoutHeader();
            for (FieldViolation v : ProcessRules.check(process)) {
                if (reader.unreadable.contains(v.field())) {
                    continue; // already reported as an unknown value; "es obligatorio" would only confuse
                }
                errors.add(new ImportError(row.number(), reader.headerOf(v.field()), v.reason()));
            }
            Integer earlier = process.code() == null ? null : rowOfCode.putIfAbsent(process.code(), row.number());
            if (earlier != null) {
                errors.add(new ImportError(row.number(), reader.headerOf(ProcessField.CODE),
                        "código repetido: ya aparece en la fila " + earlier));
            }
            processes.add(process);
        }
        return new ImportReport(errors.isEmpty() ? processes : List.of(), errors);
    }

    /** Header matching ignores case and accents, and also accepts the API property names. */
    private static Map<ProcessField, Integer> columnsOf(List<String> headers, List<ImportError> errors) {
        Map<String, ProcessField> known = new HashMap<>();
        for (ProcessField f : ProcessField.values()) {
            known.put(Codes.normalize(f.header()), f);
            known.put(Codes.normalize(f.property()), f);
        }
        Map<ProcessField, Integer> columns = new EnumMap<>(ProcessField.class);
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i).strip();
            if (header.isEmpty()) {
                continue;
            }
            ProcessField field = known.get(Codes.normalize(header));
            if (field == null) {
                errors.add(new ImportError(1, header, "columna desconocida; las columnas admitidas son: "
                        + Arrays.stream(ProcessField.values()).map(ProcessField::header).collect(Collectors.joining(", "))));
            } else if (columns.putIfAbsent(field, i) != null) {
                errors.add(new ImportError(1, header, "columna repetida"));
            }
        }
        for (ProcessField f : ProcessField.values()) {
            if (f.required() && !columns.containsKey(f)) {
                errors.add(new ImportError(1, f.header(), "falta esta columna obligatoria"));
            }
        }
        return columns;
    }

    /** Reads the cells of one row, recording unparseable ones. */
    private static final class RowReader {
        private final SheetRow row;
        private final Map<ProcessField, Integer> columns;
        private final List<String> headers;
        private final List<ImportError> errors;
        final Set<ProcessField> unreadable = EnumSet.noneOf(ProcessField.class);

        RowReader(SheetRow row, Map<ProcessField, Integer> columns, List<String> headers, List<ImportError> errors) {
            this.row = row;
            this.columns = columns;
            this.headers = headers;
            this.errors = errors;
        }

        ProcessData read() {
            String code = text(ProcessField.CODE);
            return ProcessData.builder()
                    .code(code == null ? null : code.toUpperCase(Locale.ROOT))
                    .name(text(ProcessField.NAME))
                    .department(one(ProcessField.DEPARTMENT, Department.class))
                    .group(text(ProcessField.GROUP))
                    .purpose(text(ProcessField.PURPOSE))
                    .type(one(ProcessField.TYPE, ProcessType.class))
                    .thematicArea(text(ProcessField.THEMATIC_AREA))
                    .geographicDisaggregation(text(ProcessField.GEOGRAPHIC_DISAGGREGATION))
                    .thematicDisaggregation(text(ProcessField.THEMATIC_DISAGGREGATION))
                    .coverage(text(ProcessField.COVERAGE))
                    .responsible(text(ProcessField.RESPONSIBLE))
                    .observationUnits(text(ProcessField.OBSERVATION_UNITS))
                    .targetPopulation(text(ProcessField.TARGET_POPULATION))
                    .periodicity(text(ProcessField.PERIODICITY))
                    .norms(list(ProcessField.NORMS))
                    .sources(many(ProcessField.SOURCES, CollectionSource.class))
                    .instruments(many(ProcessField.INSTRUMENTS, CollectionInstrument.class))
                    .storage(many(ProcessField.STORAGE, StorageTechnology.class))
                    .documented(flag(ProcessField.DOCUMENTED))
                    .documentStates(many(ProcessField.DOCUMENT_STATES, DocumentState.class))
                    .daneStandard(flag(ProcessField.DANE_STANDARD))
                    .daneInstruments(flag(ProcessField.DANE_INSTRUMENTS))
                    .publicDissemination(flag(ProcessField.PUBLIC_DISSEMINATION))
                    .media(many(ProcessField.MEDIA, DisseminationMedium.class))
                    .classification(one(ProcessField.CLASSIFICATION, Classification.class))
                    .illustrative(flag(ProcessField.ILLUSTRATIVE))
                    .build();
        }

        /** Cells beyond the last header would be silently lost, so they are an error. */
        void rejectCellsWithoutHeader() {
            for (int i = 0; i < row.cells().size(); i++) {
                boolean headed = i < headers.size() && !headers.get(i).isBlank();
                if (!headed && !row.cell(i).isBlank()) {
                    errors.add(new ImportError(row.number(), "columna " + (i + 1),
                            "la celda tiene un valor pero la columna no tiene encabezado"));
                }
            }
        }

        String headerOf(ProcessField field) {
            Integer index = columns.get(field);
            return index == null ? field.header() : headers.get(index).strip();
        }

        private String text(ProcessField field) {
            Integer index = columns.get(field);
            if (index == null) {
                return null;
            }
            String value = FormulaGuard.unguard(row.cell(index).strip());
            return value.isEmpty() ? null : value;
        }

        private <E extends Enum<E> & Coded> E one(ProcessField field, Class<E> type) {
            String value = text(field);
            if (value == null) {
                return null; // a missing required value is reported by ProcessRules
            }
            E found = CodedValues.find(type, value).orElse(null);
            if (found == null) {
                unknown(field, type, value);
            }
            return found;
        }

        private <E extends Enum<E> & Coded> Set<E> many(ProcessField field, Class<E> type) {
            EnumSet<E> result = EnumSet.noneOf(type);
            for (String part : list(field)) {
                CodedValues.find(type, part).ifPresentOrElse(result::add, () -> unknown(field, type, part));
            }
            return result;
        }

        /** Values separated by ";" or by line breaks (Alt+Enter in Excel). */
        private List<String> list(ProcessField field) {
            String value = text(field);
            if (value == null) {
                return List.of();
            }
            return Arrays.stream(value.split("[;\\n\\r]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private boolean flag(ProcessField field) {
            String value = text(field);
            String normalized = value == null ? "" : Codes.normalize(value);
            if (YES.contains(normalized)) {
                return true;
            }
            if (!NO.contains(normalized)) {
                unreadable.add(field);
                errors.add(new ImportError(row.number(), headerOf(field), "valor «" + value + "» no válido; use Sí o No"));
            }
            return false;
        }

        private <E extends Enum<E> & Coded> void unknown(ProcessField field, Class<E> type, String value) {
            unreadable.add(field);
            String allowed = Arrays.stream(type.getEnumConstants()).map(Coded::label).collect(Collectors.joining(", "));
            errors.add(new ImportError(row.number(), headerOf(field),
                    "valor desconocido «" + value + "»; valores admitidos: " + allowed));
        }
    }
}
