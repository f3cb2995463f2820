package io.archivo.sdmx.mapping;

import io.archivo.ddi.model.Category;
import io.archivo.ddi.model.Variable;
import io.archivo.sdmx.model.ArtefactRef;
import io.archivo.sdmx.model.AttachmentLevel;
import io.archivo.sdmx.model.Code;
import io.archivo.sdmx.model.Codelist;
import io.archivo.sdmx.model.Concept;
import io.archivo.sdmx.model.ConceptRef;
import io.archivo.sdmx.model.ConceptScheme;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.DataStructure;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.LocalisedText;
import io.archivo.sdmx.model.MaintainableArtefact;
import io.archivo.sdmx.model.Measure;
import io.archivo.sdmx.model.Representation;
import io.archivo.sdmx.model.TimeDimension;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the structures of one published study: its concept scheme (one concept per variable), the codelists of
 * the variables the DSD uses, and the DSD itself. One instance per study; not thread-safe.
 */
final class StudyStructureBuilder {

    private final String agency;
    private final CrossDomain crossDomain;
    private final String dataflowId;
    private final PublishedStudy study;
    private final String version;
    private final ArtefactRef conceptSchemeRef;
    private final Map<Variable, String> conceptIds = new IdentityHashMap<>();
    private final Map<Variable, Codelist> codelists = new LinkedHashMap<>();
    private final UniqueIds componentIds = new UniqueIds(CrossDomain.ALL);

    private final io.archivo.geo.AreaFrame frame;

    StudyStructureBuilder(String agency, CrossDomain crossDomain, String dataflowId, PublishedStudy study,
            io.archivo.geo.AreaFrame frame) {
        this.frame = frame;
        this.agency = agency;
        this.crossDomain = crossDomain;
        this.dataflowId = dataflowId;
        this.study = study;
        this.version = study.sdmxVersion();
        this.conceptSchemeRef = ArtefactRef.of(agency, "CS_" + dataflowId, version);
        UniqueIds ids = new UniqueIds();
        for (Variable v : study.variables()) {
            String raw = rawName(v);
            conceptIds.put(v, ids.claim(SdmxIds.conceptId(raw), raw));
        }
    }

    /** The concept scheme, the DSD and its codelists, for a DSD named after the process. */
    List<MaintainableArtefact> build(Designation designation, LocalisedText processName) {
        DataStructure dsd = dataStructure(designation, processName);
        List<MaintainableArtefact> out = new ArrayList<>();
        out.add(conceptScheme());
        out.addAll(codelists.values());
        out.add(dsd);
        return out;
    }

    ArtefactRef dataStructureRef() {
        return ArtefactRef.of(agency, "DSD_" + dataflowId, version);
    }

    private ConceptScheme conceptScheme() {
        List<Concept> concepts = study.variables().stream()
                .map(v -> new Concept(conceptIds.get(v), DdiTexts.orElse(DdiTexts.of(v.labels()), rawName(v)),
                        DdiTexts.of(v.questions())))
                .toList();
        return new ConceptScheme(conceptSchemeRef,
                LocalisedText.esEn("Conceptos de " + dataflowId, "Concepts of " + dataflowId),
                LocalisedText.es("Variables del estudio " + study.idno() + " publicado en la versión "
                        + study.publishedVersion()),
                concepts);
    }

    private DataStructure dataStructure(Designation designation, LocalisedText processName) {
        Roles roles = designation != null ? fromDesignation(designation) : fromHeuristic();
        List<Dimension> dimensions = new ArrayList<>();
        dimensions.add(new Dimension(CrossDomain.FREQ, 1, crossDomain.concept(CrossDomain.FREQ),
                Representation.enumerated(crossDomain.freqCodelistRef())));
        roles.area.ifPresent(a -> dimensions.add(areaDimension(a, dimensions.size() + 1)));
        for (Variable v : roles.dimensions) {
            dimensions.add(new Dimension(componentId(v), dimensions.size() + 1, conceptOf(v), representation(v)));
        }
        Measure measure = roles.measure
                .map(v -> new Measure(conceptOf(v), v.categories().isEmpty() ? numericOrString(v) : representation(v)))
                .orElseGet(() -> new Measure(crossDomain.concept(CrossDomain.OBS_VALUE), Representation.text("Decimal")));
        List<DataAttribute> attributes = new ArrayList<>(StructureMapper.standardAttributes(crossDomain));
        for (Variable v : roles.attributes) {
            attributes.add(new DataAttribute(componentId(v), conceptOf(v), representation(v), false,
                    AttachmentLevel.OBSERVATION));
        }
        return new DataStructure(dataStructureRef(), prefixed(processName, "Estructura de datos: ", "Data structure: "),
                LocalisedText.es("Derivada de las variables del estudio " + study.idno()),
                dimensions, new TimeDimension(crossDomain.concept(CrossDomain.TIME_PERIOD)), measure, attributes);
    }

    /** Variables in their DSD roles; the time variable only decides that TIME_PERIOD stands for it. */
    private record Roles(Optional<Variable> area, List<Variable> dimensions, Optional<Variable> measure,
            List<Variable> attributes) {
    }

    private Roles fromHeuristic() {
        DimensionHeuristic.Choice c = DimensionHeuristic.choose(study.variables());
        return new Roles(c.area(), c.others(), Optional.empty(), List.of());
    }

    private Roles fromDesignation(Designation d) {
        List<Variable> dims = new ArrayList<>();
        boolean timeSeen = false;
        for (String name : d.dimensionVariables()) {
            Optional<Variable> v = byName(name);
            if (v.isEmpty() || dims.contains(v.get())) {
                continue;
            }
            if (!timeSeen && DimensionHeuristic.isTimeLike(v.get())) {
                timeSeen = true; // represented by TIME_PERIOD
            } else {
                dims.add(v.get());
            }
        }
        List<Variable> attrs = d.attributeVariables().stream().map(this::byName).flatMap(Optional::stream)
                .filter(v -> !dims.contains(v)).distinct().toList();
        return new Roles(Optional.empty(), dims, Optional.ofNullable(d.measureVariable()).flatMap(this::byName), attrs);
    }

    private Optional<Variable> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Optional<Variable> exact = study.variables().stream().filter(v -> name.equals(v.name())).findFirst();
        return exact.isPresent() ? exact
                : study.variables().stream().filter(v -> name.equalsIgnoreCase(v.name())).findFirst();
    }

    private String componentId(Variable v) {
        return componentIds.claim(conceptIds.get(v), rawName(v));
    }

    private ConceptRef conceptOf(Variable v) {
        return new ConceptRef(conceptSchemeRef, conceptIds.get(v));
    }

    private Representation representation(Variable v) {
        if (v.categories().isEmpty()) {
            return numericOrString(v);
        }
        return Representation.enumerated(codelists.computeIfAbsent(v, this::codelist).ref());
    }

    /**
     * REF_AREA is coded by Cali's frame when every category of the geographic variable names one of its codes: an
     * area ("3", "Comuna 3", "Navarro") or a code tables use besides places ("Zona rural", "Sin información"); a
     * category's labels are read before its value, so "1 = Navarro" is Navarro, not comuna 1. The dimension then
     * carries the recoding (each category value and label → its code) that loads apply and report. Otherwise
     * REF_AREA keeps the variable's own codelist.
     */
    private Dimension areaDimension(Variable v, int position) {
        io.archivo.geo.AreaMatcher matcher = frame.matcher();
        Map<String, String> recode = new LinkedHashMap<>();
        for (Category c : v.categories()) {
            String code = areaCode(matcher, c);
            if (code == null) {
                return new Dimension(CrossDomain.REF_AREA, position, crossDomain.concept(CrossDomain.REF_AREA),
                        representation(v));
            }
            recode.put(c.value(), code);
            c.labels().forEach(l -> recode.putIfAbsent(l.value(), code));
        }
        if (recode.isEmpty()) {
            return new Dimension(CrossDomain.REF_AREA, position, crossDomain.concept(CrossDomain.REF_AREA),
                    representation(v));
        }
        return new Dimension(CrossDomain.REF_AREA, position, crossDomain.concept(CrossDomain.REF_AREA),
                Representation.enumerated(crossDomain.areaCodelistRef(frame.version())), recode);
    }

    private static String areaCode(io.archivo.geo.AreaMatcher matcher, Category c) {
        for (var label : c.labels()) {
            io.archivo.geo.AreaMatcher.Match m = matcher.matchTableValue(label.value());
            if (m.matched()) {
                return m.area().code();
            }
        }
        io.archivo.geo.AreaMatcher.Match m = matcher.matchTableValue(c.value());
        return m.matched() ? m.area().code() : null;
    }

    private static Representation numericOrString(Variable v) {
        return Representation.text("numeric".equalsIgnoreCase(v.formatType()) ? "Decimal" : "String");
    }

    private Codelist codelist(Variable v) {
        UniqueIds codeIds = new UniqueIds();
        List<Code> codes = new ArrayList<>();
        for (Category c : v.categories()) {
            String id = codeIds.claim(SdmxIds.itemId(c.value()), c.value());
            codes.add(Code.of(id, DdiTexts.orElse(DdiTexts.of(c.labels()), c.value())));
        }
        return new Codelist(ArtefactRef.of(agency, "CL_" + dataflowId + "_" + conceptIds.get(v), version),
                DdiTexts.orElse(DdiTexts.of(v.labels()), rawName(v)),
                LocalisedText.es("Categorías de la variable " + rawName(v) + " del estudio " + study.idno()), codes);
    }

    private static String rawName(Variable v) {
        return Objects.requireNonNullElse(v.name(), Objects.requireNonNullElse(v.id(), "V" + v.position()));
    }

    static LocalisedText prefixed(LocalisedText name, String es, String en) {
        Map<String, String> out = new LinkedHashMap<>();
        name.values().forEach((lang, text) -> out.put(lang, switch (lang.toLowerCase(Locale.ROOT)) {
            case "es" -> es + text;
            case "en" -> en + text;
            default -> text;
        }));
        return new LocalisedText(out);
    }
}
