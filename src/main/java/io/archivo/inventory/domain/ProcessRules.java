package io.archivo.inventory.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The inventory's rules on a complete {@link ProcessData}, shared by the API and the importers so that a file row
 * and a JSON body are judged alike.
 */
public final class ProcessRules {

    private ProcessRules() {
    }

    public static List<FieldViolation> check(ProcessData p) {
        List<FieldViolation> out = new ArrayList<>();
        if (isBlank(p.code())) {
            out.add(new FieldViolation(ProcessField.CODE, "es obligatorio"));
        } else if (p.code().length() > FieldLimits.CODE || !p.code().matches(FieldLimits.CODE_PATTERN)) {
            out.add(new FieldViolation(ProcessField.CODE, "debe tener hasta " + FieldLimits.CODE
                    + " caracteres: mayúsculas, dígitos y guiones, empezando por una letra (p. ej. SAL-01)"));
        }
        if (isBlank(p.name())) {
            out.add(new FieldViolation(ProcessField.NAME, "es obligatorio"));
        }
        required(out, ProcessField.DEPARTMENT, p.department());
        required(out, ProcessField.TYPE, p.type());
        required(out, ProcessField.CLASSIFICATION, p.classification());
        maxLength(out, ProcessField.NAME, p.name(), FieldLimits.NAME);
        maxLength(out, ProcessField.GROUP, p.group(), FieldLimits.SHORT_TEXT);
        maxLength(out, ProcessField.PURPOSE, p.purpose(), FieldLimits.LONG_TEXT);
        maxLength(out, ProcessField.THEMATIC_AREA, p.thematicArea(), FieldLimits.SHORT_TEXT);
        maxLength(out, ProcessField.GEOGRAPHIC_DISAGGREGATION, p.geographicDisaggregation(), FieldLimits.TEXT);
        maxLength(out, ProcessField.THEMATIC_DISAGGREGATION, p.thematicDisaggregation(), FieldLimits.TEXT);
        maxLength(out, ProcessField.COVERAGE, p.coverage(), FieldLimits.TEXT);
        maxLength(out, ProcessField.RESPONSIBLE, p.responsible(), FieldLimits.SHORT_TEXT);
        maxLength(out, ProcessField.OBSERVATION_UNITS, p.observationUnits(), FieldLimits.TEXT);
        maxLength(out, ProcessField.TARGET_POPULATION, p.targetPopulation(), FieldLimits.TEXT);
        maxLength(out, ProcessField.PERIODICITY, p.periodicity(), FieldLimits.SHORT_TEXT);
        for (String norm : p.norms()) {
            if (isBlank(norm)) {
                out.add(new FieldViolation(ProcessField.NORMS, "contiene una norma vacía"));
            } else {
                maxLength(out, ProcessField.NORMS, norm, FieldLimits.NORM);
            }
        }
        // states and standards describe documents, so they make no sense for an undocumented process
        if (!p.documented() && !p.documentStates().isEmpty()) {
            out.add(new FieldViolation(ProcessField.DOCUMENT_STATES,
                    "un proceso no documentado no puede tener estado de documentación"));
        }
        if (!p.documented() && p.daneStandard()) {
            out.add(new FieldViolation(ProcessField.DANE_STANDARD,
                    "un proceso no documentado no puede seguir el estándar DANE de documentación"));
        }
        if (!p.publicDissemination() && !p.media().isEmpty()) {
            out.add(new FieldViolation(ProcessField.MEDIA,
                    "los medios de difusión solo aplican si hay difusión al público"));
        }
        return out;
    }

    private static void required(List<FieldViolation> out, ProcessField field, Object value) {
        if (value == null) {
            out.add(new FieldViolation(field, "es obligatorio"));
        }
    }

    private static void maxLength(List<FieldViolation> out, ProcessField field, String value, int max) {
        if (value != null && value.length() > max) {
            out.add(new FieldViolation(field, "admite como máximo " + max + " caracteres (tiene " + value.length() + ")"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
