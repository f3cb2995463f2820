package io.archivo.sdmx.mapping;

import io.archivo.sdmx.model.ArtefactRef;
import io.archivo.sdmx.model.Code;
import io.archivo.sdmx.model.Codelist;
import io.archivo.sdmx.model.Concept;
import io.archivo.sdmx.model.ConceptRef;
import io.archivo.sdmx.model.ConceptScheme;
import io.archivo.sdmx.model.LocalisedText;
import java.util.List;

/**
 * Archivo's own copy of the SDMX cross-domain concepts and code lists it uses. They are maintained by Archivo's
 * agency (not SDMX) so that every reference the service writes resolves within the service.
 */
final class CrossDomain {

    static final String FREQ = "FREQ";
    static final String REF_AREA = "REF_AREA";
    static final String TIME_PERIOD = "TIME_PERIOD";
    static final String OBS_VALUE = "OBS_VALUE";
    static final String UNIT_MEASURE = "UNIT_MEASURE";
    static final String OBS_STATUS = "OBS_STATUS";
    static final String[] ALL = {FREQ, REF_AREA, TIME_PERIOD, OBS_VALUE, UNIT_MEASURE, OBS_STATUS};

    private final String agency;

    CrossDomain(String agency) {
        this.agency = agency;
    }

    ArtefactRef conceptSchemeRef() {
        return ArtefactRef.of(agency, "CROSS_DOMAIN_CONCEPTS", "1.0");
    }

    ArtefactRef freqCodelistRef() {
        return ArtefactRef.of(agency, "CL_FREQ", "1.0");
    }

    ArtefactRef obsStatusCodelistRef() {
        return ArtefactRef.of(agency, "CL_OBS_STATUS", "1.0");
    }

    ArtefactRef areaCodelistRef() {
        return ArtefactRef.of(agency, "CL_AREA", "1.0");
    }

    ConceptRef concept(String id) {
        return new ConceptRef(conceptSchemeRef(), id);
    }

    ConceptScheme conceptScheme() {
        return new ConceptScheme(conceptSchemeRef(),
                LocalisedText.esEn("Conceptos transversales", "Cross-domain concepts"), LocalisedText.EMPTY, List.of(
                        concept(FREQ, "Frecuencia", "Frequency"),
                        concept(REF_AREA, "Área de referencia", "Reference area"),
                        concept(TIME_PERIOD, "Periodo de tiempo", "Time period"),
                        concept(OBS_VALUE, "Valor de la observación", "Observation value"),
                        concept(UNIT_MEASURE, "Unidad de medida", "Unit of measure"),
                        concept(OBS_STATUS, "Estado de la observación", "Observation status")));
    }

    Codelist freq() {
        return new Codelist(freqCodelistRef(), LocalisedText.esEn("Frecuencia", "Frequency"), LocalisedText.EMPTY,
                List.of(code("A", "Anual", "Annual"), code("S", "Semestral", "Half-yearly"),
                        code("Q", "Trimestral", "Quarterly"), code("M", "Mensual", "Monthly"),
                        code("W", "Semanal", "Weekly"), code("D", "Diaria", "Daily"),
                        code("_Z", "No aplica", "Not applicable")));
    }

    Codelist obsStatus() {
        return new Codelist(obsStatusCodelistRef(),
                LocalisedText.esEn("Estado de la observación", "Observation status"), LocalisedText.EMPTY,
                List.of(code("A", "Valor normal", "Normal value"), code("B", "Ruptura de serie", "Time series break"),
                        code("E", "Valor estimado", "Estimated value"), code("F", "Pronóstico", "Forecast value"),
                        code("M", "Valor faltante", "Missing value"), code("P", "Valor provisional", "Provisional value"),
                        code("U", "Valor poco confiable", "Low reliability")));
    }

    /**
     * The reference area of the generic DSD: the municipality (DANE DIVIPOLA code). SDMX 2.1 allows an uncoded
     * dimension, but harvesters such as sdmx-dl only model coded dimensions and reject a DSD that has one.
     */
    Codelist area() {
        return new Codelist(areaCodelistRef(), LocalisedText.esEn("Área de referencia", "Reference area"),
                LocalisedText.esEn("Municipio, código DIVIPOLA del DANE", "Municipality, DANE DIVIPOLA code"),
                List.of(code("76001", "Santiago de Cali", "Santiago de Cali")));
    }

    private static Concept concept(String id, String es, String en) {
        return Concept.of(id, LocalisedText.esEn(es, en));
    }

    private static Code code(String id, String es, String en) {
        return Code.of(id, LocalisedText.esEn(es, en));
    }
}
