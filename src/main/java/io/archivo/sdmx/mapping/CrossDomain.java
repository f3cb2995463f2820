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

    ArtefactRef areaCodelistRef(String version) {
        return ArtefactRef.of(agency, io.archivo.geo.AreaFrame.CODELIST_ID, version);
    }

    ConceptRef concept(String id) {
        return new ConceptRef(conceptSchemeRef(), id);
    }

    ConceptScheme conceptScheme() {
        return new ConceptScheme(conceptSchemeRef(),
                LocalisedText.esEn("Conceptos transversales", "Cross-domain concepts"),
                LocalisedText.esEn("Conceptos SDMX transversales que usan todas las estructuras de Archivo",
                        "SDMX cross-domain concepts used by every Archivo data structure"), List.of(
                        concept(FREQ, "Frecuencia", "Frequency"),
                        concept(REF_AREA, "Área de referencia", "Reference area"),
                        concept(TIME_PERIOD, "Periodo de tiempo", "Time period"),
                        concept(OBS_VALUE, "Valor de la observación", "Observation value"),
                        concept(UNIT_MEASURE, "Unidad de medida", "Unit of measure"),
                        concept(OBS_STATUS, "Estado de la observación", "Observation status")));
    }

    Codelist freq() {
        return new Codelist(freqCodelistRef(), LocalisedText.esEn("Frecuencia", "Frequency"),
                LocalisedText.esEn("Frecuencia de las observaciones (códigos SDMX)",
                        "Frequency of the observations (SDMX codes)"),
                List.of(code("A", "Anual", "Annual"), code("S", "Semestral", "Half-yearly"),
                        code("Q", "Trimestral", "Quarterly"), code("M", "Mensual", "Monthly"),
                        code("W", "Semanal", "Weekly"), code("D", "Diaria", "Daily"),
                        code("_Z", "No aplica", "Not applicable")));
    }

    Codelist obsStatus() {
        return new Codelist(obsStatusCodelistRef(),
                LocalisedText.esEn("Estado de la observación", "Observation status"),
                LocalisedText.esEn("Estado de cada observación (códigos SDMX)",
                        "Status of each observation (SDMX codes)"),
                List.of(code("A", "Valor normal", "Normal value"), code("B", "Ruptura de serie", "Time series break"),
                        code("E", "Valor estimado", "Estimated value"), code("F", "Pronóstico", "Forecast value"),
                        code("M", "Valor faltante", "Missing value"), code("P", "Valor provisional", "Provisional value"),
                        code("U", "Valor poco confiable", "Low reliability")));
    }

    /**
     * One version of Cali's geographic frame as the codelist {@code CL_AREA_CALI}: the municipality (DANE
     * DIVIPOLA 76001), its comunas and corregimientos and, from version 1.1, the codes tables use besides places
     * (the urban and rural zones, outside Cali, unknown, not applicable). SDMX 2.1 allows an uncoded dimension, but harvesters such as
     * sdmx-dl only model coded dimensions, so REF_AREA is always coded by it.
     */
    Codelist area(io.archivo.geo.AreaFrame frame) {
        return new Codelist(areaCodelistRef(frame.version()),
                LocalisedText.esEn("Áreas de Santiago de Cali", "Areas of Santiago de Cali"),
                LocalisedText.esEn("Marco geográfico: municipio (DIVIPOLA 76001), comunas y corregimientos; zonas "
                        + "urbana y rural y códigos especiales de SDMX", "Geographic frame: the municipality (DIVIPOLA "
                        + "76001), its comunas and corregimientos; the urban and rural zones and SDMX special codes"),
                frame.areas().stream().map(a -> new Code(a.code(), name(a), kind(a.kind()))).toList());
    }

    /** The frame's names are Spanish; the standard zones and special codes have an English name too. */
    private static LocalisedText name(io.archivo.geo.GeoArea a) {
        return switch (a.code()) {
            case "URBANA" -> LocalisedText.esEn(a.name(), "Urban area (comunas)");
            case "RURAL" -> LocalisedText.esEn(a.name(), "Rural area (corregimientos)");
            case "_O" -> LocalisedText.esEn(a.name(), "Outside Cali (another municipality)");
            case "_U" -> LocalisedText.esEn(a.name(), "Unknown");
            case "_Z" -> LocalisedText.esEn(a.name(), "Not applicable");
            default -> LocalisedText.es(a.name());
        };
    }

    private static LocalisedText kind(String kind) {
        return switch (kind) {
            case io.archivo.geo.GeoArea.COMUNA -> LocalisedText.esEn("Comuna (zona urbana)", "Comuna (urban)");
            case io.archivo.geo.GeoArea.CORREGIMIENTO -> LocalisedText.esEn("Corregimiento (zona rural)",
                    "Corregimiento (rural)");
            case io.archivo.geo.GeoArea.ZONA -> LocalisedText.esEn("Zona del municipio, como un todo",
                    "A zone of the municipality, as a whole");
            case io.archivo.geo.GeoArea.ESPECIAL -> LocalisedText.esEn("Código especial de SDMX",
                    "SDMX special code");
            default -> LocalisedText.esEn("Municipio", "Municipality");
        };
    }

    private static Concept concept(String id, String es, String en) {
        return Concept.of(id, LocalisedText.esEn(es, en));
    }

    private static Code code(String id, String es, String en) {
        return Code.of(id, LocalisedText.esEn(es, en));
    }
}
