package io.archivo.inventory.api;

import io.archivo.common.problem.ProblemException;
import io.archivo.inventory.api.dto.CodeLabel;
import io.archivo.inventory.api.dto.ProcessInput;
import io.archivo.inventory.api.dto.ProcessView;
import io.archivo.inventory.domain.Classification;
import io.archivo.inventory.domain.CodedValues;
import io.archivo.common.organisation.Coded;
import io.archivo.common.organisation.Codes;
import io.archivo.inventory.domain.CollectionInstrument;
import io.archivo.inventory.domain.CollectionSource;
import io.archivo.common.organisation.Department;
import io.archivo.inventory.domain.DisseminationMedium;
import io.archivo.inventory.domain.DocumentState;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.domain.ProcessField;
import io.archivo.inventory.domain.ProcessType;
import io.archivo.inventory.domain.StorageTechnology;
import io.archivo.inventory.service.DdiSkeletonWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Translates between the JSON records of the API and {@link ProcessData}. */
public final class ProcessDtoMapper {

    private ProcessDtoMapper() {
    }

    public static ProcessView toView(ProcessData p) {
        return new ProcessView(p.code(), DdiSkeletonWriter.idnoOf(p.code()), p.name(), CodeLabel.of(p.department()),
                p.group(), p.purpose(), CodeLabel.of(p.type()), p.thematicArea(), p.geographicDisaggregation(),
                p.thematicDisaggregation(), p.coverage(), p.responsible(), p.observationUnits(), p.targetPopulation(),
                p.periodicity(), p.norms(), labels(p.sources()), labels(p.instruments()), labels(p.storage()),
                p.documented(), labels(p.documentStates()), p.daneStandard(), p.daneInstruments(),
                p.publicDissemination(), labels(p.media()), CodeLabel.of(p.classification()), p.illustrative());
    }

    /** Reads a request body; unknown codes are all reported at once as a 422 with {@code errors[]}. */
    public static ProcessData fromInput(ProcessInput in) {
        if (in == null) {
            throw ProblemException.badRequest("missing-body", "Falta el cuerpo", "Envíe el proceso en JSON");
        }
        List<Map<String, String>> errors = new ArrayList<>();
        ProcessData data = ProcessData.builder()
                .code(in.code() == null ? null : in.code().trim().toUpperCase(Locale.ROOT))
                .name(trim(in.name()))
                .department(one(Department.class, in.department(), ProcessField.DEPARTMENT, errors))
                .group(trim(in.group()))
                .purpose(trim(in.purpose()))
                .type(one(ProcessType.class, in.type(), ProcessField.TYPE, errors))
                .thematicArea(trim(in.thematicArea()))
                .geographicDisaggregation(trim(in.geographicDisaggregation()))
                .thematicDisaggregation(trim(in.thematicDisaggregation()))
                .coverage(trim(in.coverage()))
                .responsible(trim(in.responsible()))
                .observationUnits(trim(in.observationUnits()))
                .targetPopulation(trim(in.targetPopulation()))
                .periodicity(trim(in.periodicity()))
                .norms(in.norms() == null ? List.of() : in.norms().stream().map(ProcessDtoMapper::trim).toList())
                .sources(many(CollectionSource.class, in.sources(), ProcessField.SOURCES, errors))
                .instruments(many(CollectionInstrument.class, in.instruments(), ProcessField.INSTRUMENTS, errors))
                .storage(many(StorageTechnology.class, in.storage(), ProcessField.STORAGE, errors))
                .documented(Boolean.TRUE.equals(in.documented()))
                .documentStates(many(DocumentState.class, in.documentStates(), ProcessField.DOCUMENT_STATES, errors))
                .daneStandard(Boolean.TRUE.equals(in.daneStandard()))
                .daneInstruments(Boolean.TRUE.equals(in.daneInstruments()))
                .publicDissemination(Boolean.TRUE.equals(in.publicDissemination()))
                .media(many(DisseminationMedium.class, in.media(), ProcessField.MEDIA, errors))
                .classification(in.classification() == null ? null
                        : one(Classification.class, in.classification(), ProcessField.CLASSIFICATION, errors))
                .illustrative(Boolean.TRUE.equals(in.illustrative()))
                .build();
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("invalid-process", "Proceso no válido",
                    errors.size() + " campo(s) no válido(s)").with("errors", errors);
        }
        return data;
    }

    /** A query parameter naming an enumerated value; an unknown one is the client's mistake (400). */
    public static <E extends Enum<E> & Coded> E queryValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return CodedValues.find(type, value).orElseThrow(() -> ProblemException.badRequest("invalid-parameter",
                "Parámetro no válido", name + ": valor desconocido «" + value + "»; admitidos: " + allowed(type)));
    }

    public static Boolean queryFlag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (Codes.normalize(value)) {
            case "true", "si", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw ProblemException.badRequest("invalid-parameter", "Parámetro no válido",
                    name + " debe ser true o false");
        };
    }

    private static <E extends Enum<E> & Coded> E one(Class<E> type, String value, ProcessField field,
            List<Map<String, String>> errors) {
        if (value == null || value.isBlank()) {
            return null; // a missing required value is reported by ProcessRules
        }
        E found = CodedValues.find(type, value).orElse(null);
        if (found == null) {
            errors.add(unknown(field, value, type));
        }
        return found;
    }

    private static <E extends Enum<E> & Coded> Set<E> many(Class<E> type, List<String> values, ProcessField field,
            List<Map<String, String>> errors) {
        EnumSet<E> result = EnumSet.noneOf(type);
        if (values != null) {
            for (String v : values) {
                CodedValues.find(type, v).ifPresentOrElse(result::add, () -> errors.add(unknown(field, v, type)));
            }
        }
        return result;
    }

    private static <E extends Enum<E> & Coded> Map<String, String> unknown(ProcessField field, String value,
            Class<E> type) {
        return Map.of("field", field.property(), "reason",
                "valor desconocido «" + value + "»; admitidos: " + allowed(type));
    }

    private static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }

    private static List<CodeLabel> labels(Collection<? extends Coded> values) {
        return values.stream().map(CodeLabel::of).toList();
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
