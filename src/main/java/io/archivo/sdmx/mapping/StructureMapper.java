package io.archivo.sdmx.mapping;

import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Text;
import io.archivo.sdmx.model.Agency;
import io.archivo.sdmx.model.AgencyScheme;
import io.archivo.sdmx.model.ArtefactRef;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.AttachmentLevel;
import io.archivo.sdmx.model.Categorisation;
import io.archivo.sdmx.model.Category;
import io.archivo.sdmx.model.CategoryScheme;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.DataStructure;
import io.archivo.sdmx.model.Dataflow;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.LocalisedText;
import io.archivo.sdmx.model.MaintainableArtefact;
import io.archivo.sdmx.model.Measure;
import io.archivo.sdmx.model.Representation;
import io.archivo.sdmx.model.SdmxArtefacts;
import io.archivo.sdmx.model.TimeDimension;
import io.archivo.sdmx.model.TypedRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Maps the catalogue (inventory processes, their latest published DDI studies and optional designations) to the
 * full set of SDMX structures Archivo publishes. Pure and deterministic: the same input (in any order) always
 * gives the same artefacts and ids. See docs/sdmx.md for the rules.
 */
public final class StructureMapper {

    public static final String AREA_SCHEME_ID = "AREAS_TEMATICAS";
    public static final String DEPARTMENT_SCHEME_ID = "DEPENDENCIAS";
    public static final String GENERIC_DSD_ID = "DSD_GENERIC";
    static final String UNCLASSIFIED = "SIN_CLASIFICAR";

    private final AgencyInfo agency;
    private final CrossDomain crossDomain;

    public StructureMapper(AgencyInfo agency) {
        this.agency = agency;
        this.crossDomain = new CrossDomain(agency.id());
    }

    public StructureMapper() {
        this(AgencyInfo.DEFAULT);
    }

    /**
     * The artefacts of the catalogue. {@code frames} are the published versions of Cali's geographic frame (at
     * least one): each becomes a version of {@code CL_AREA_CALI}; REF_AREA dimensions use the newest.
     */
    public SdmxArtefacts map(List<ProcessInput> processes, List<io.archivo.geo.AreaFrame> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("The geographic frame has no version");
        }
        io.archivo.geo.AreaFrame frame = frames.get(frames.size() - 1);
        List<ProcessInput> ordered = processes.stream()
                .sorted(Comparator.comparing((ProcessInput p) -> p.process().code())).toList();
        List<MaintainableArtefact> out = new ArrayList<>();
        out.add(agencyScheme());
        out.add(crossDomain.conceptScheme());
        out.add(crossDomain.freq());
        out.add(crossDomain.obsStatus());
        CategoryIndex areas = new CategoryIndex(ref(AREA_SCHEME_ID, "1.0"));
        CategoryIndex departments = new CategoryIndex(ref(DEPARTMENT_SCHEME_ID, "1.0"));
        Map<String, String> dataflowIds = dataflowIds(ordered.stream().map(p -> p.process().code()).toList());
        boolean genericUsed = false;
        for (ProcessInput p : ordered) {
            ProcessInfo info = p.process();
            String dfId = dataflowIds.get(info.code());
            ArtefactRef dsdRef;
            String version;
            if (p.study() != null) {
                StudyStructureBuilder builder = new StudyStructureBuilder(agency.id(), crossDomain, dfId, p.study(), frame);
                out.addAll(builder.build(p.designation(), dataflowName(info, p.study())));
                dsdRef = builder.dataStructureRef();
                version = p.study().sdmxVersion();
            } else {
                genericUsed = true;
                dsdRef = ref(GENERIC_DSD_ID, "1.0");
                version = "1.0";
            }
            Dataflow df = new Dataflow(ref(dfId, version), dataflowName(info, p.study()),
                    dataflowDescription(info, p.study()), dsdRef);
            out.add(df);
            String areaRaw = info.thematicAreaCode() != null ? info.thematicAreaCode() : info.thematicAreaName();
            String areaId = areas.categoryFor(areaRaw, info.thematicAreaName());
            out.add(categorisation("CAT_AREA_", df, areas.schemeRef, areaId, "Área temática", "Thematic area"));
            String deptId = departments.categoryFor(info.department(), info.department());
            out.add(categorisation("CAT_DEP_", df, departments.schemeRef, deptId, "Dependencia", "Department"));
        }
        if (genericUsed) {
            out.add(genericDataStructure(frame.version()));
        }
        frames.forEach(f -> out.add(crossDomain.area(f)));
        out.add(areas.scheme(LocalisedText.esEn("Áreas temáticas", "Thematic areas"),
                LocalisedText.esEn("Áreas temáticas del inventario de operaciones estadísticas de Cali",
                        "Thematic areas of Cali's inventory of statistical processes")));
        out.add(departments.scheme(LocalisedText.esEn("Dependencias productoras", "Producing departments"),
                LocalisedText.esEn("Dependencias de la Alcaldía que producen las operaciones estadísticas",
                        "City departments that produce the statistical processes")));
        return SdmxArtefacts.of(out);
    }

    /**
     * The dataflow id of each process code: the code sanitised, collisions resolved in code order. The same codes
     * always give the same ids, so the data side can find a process's dataflow and a dataflow's process.
     */
    public static Map<String, String> dataflowIds(java.util.Collection<String> processCodes) {
        UniqueIds ids = new UniqueIds();
        Map<String, String> out = new LinkedHashMap<>();
        processCodes.stream().sorted().distinct().forEach(code -> out.put(code, ids.claim(SdmxIds.ncName(code, "DF_"), code)));
        return out;
    }

    /** UNIT_MEASURE per series and OBS_STATUS per observation, both conditional: in every DSD. */
    static List<DataAttribute> standardAttributes(CrossDomain cd) {
        return List.of(
                new DataAttribute(CrossDomain.UNIT_MEASURE, cd.concept(CrossDomain.UNIT_MEASURE),
                        Representation.text("String"), false, AttachmentLevel.SERIES),
                new DataAttribute(CrossDomain.OBS_STATUS, cd.concept(CrossDomain.OBS_STATUS),
                        Representation.enumerated(cd.obsStatusCodelistRef()), false, AttachmentLevel.OBSERVATION));
    }

    private AgencyScheme agencyScheme() {
        return new AgencyScheme(ArtefactRef.of("SDMX", "AGENCIES", "1.0"),
                LocalisedText.esEn("Esquema de agencias SDMX", "SDMX Agency Scheme"),
                LocalisedText.esEn("Agencias que mantienen las estructuras publicadas por Archivo",
                        "Agencies maintaining the structures Archivo publishes"),
                List.of(Agency.of(agency.id(), LocalisedText.es(agency.name()))));
    }

    private DataStructure genericDataStructure(String areaVersion) {
        return new DataStructure(ref(GENERIC_DSD_ID, "1.0"),
                LocalisedText.esEn("Estructura genérica", "Generic data structure"),
                LocalisedText.esEn("Para procesos sin estudio publicado", "For processes without a published study"),
                List.of(new Dimension(CrossDomain.FREQ, 1, crossDomain.concept(CrossDomain.FREQ),
                                Representation.enumerated(crossDomain.freqCodelistRef())),
                        new Dimension(CrossDomain.REF_AREA, 2, crossDomain.concept(CrossDomain.REF_AREA),
                                Representation.enumerated(crossDomain.areaCodelistRef(areaVersion)))),
                new TimeDimension(crossDomain.concept(CrossDomain.TIME_PERIOD)),
                new Measure(crossDomain.concept(CrossDomain.OBS_VALUE), Representation.text("Decimal")),
                standardAttributes(crossDomain));
    }

    private Categorisation categorisation(String prefix, Dataflow df, ArtefactRef scheme, String categoryId,
            String es, String en) {
        return new Categorisation(ref(prefix + df.ref().id(), df.ref().version()),
                LocalisedText.esEn(es + " de " + df.ref().id(), en + " of " + df.ref().id()),
                LocalisedText.esEn("Clasifica el flujo de datos " + df.ref().id() + " por " + es.toLowerCase(Locale.ROOT),
                        "Classifies dataflow " + df.ref().id() + " by " + en.toLowerCase(Locale.ROOT)),
                new TypedRef(ArtefactType.DATAFLOW, df.ref()), scheme, categoryId);
    }

    /** Inventory name in Spanish; English from the study's English title or parallel title when there is one. */
    private static LocalisedText dataflowName(ProcessInfo info, PublishedStudy study) {
        LocalisedText name = LocalisedText.es(info.name());
        if (study != null && study.study() != null) {
            StudyDescription s = study.study();
            name = name.with("en", english(Stream.concat(s.titles().stream(), s.parallelTitles().stream()).toList()));
        }
        return name;
    }

    private static LocalisedText dataflowDescription(ProcessInfo info, PublishedStudy study) {
        LocalisedText d = info.description() == null ? LocalisedText.EMPTY : LocalisedText.es(info.description());
        if (study != null && study.study() != null) {
            String en = english(study.study().abstracts());
            if (en != null) {
                d = d.isEmpty() ? LocalisedText.of("en", en) : d.with("en", en);
            }
        }
        return d;
    }

    private static String english(List<Text> texts) {
        return texts.stream().filter(t -> "en".equals(DdiTexts.language(t.lang()))).map(Text::value)
                .findFirst().orElse(null);
    }

    private ArtefactRef ref(String id, String version) {
        return ArtefactRef.of(agency.id(), id, version);
    }

    /** Categories of one scheme, created on first use; a missing raw value files under SIN_CLASIFICAR. */
    private static final class CategoryIndex {
        final ArtefactRef schemeRef;
        final Map<String, Category> byRaw = new LinkedHashMap<>();
        final UniqueIds ids = new UniqueIds();

        CategoryIndex(ArtefactRef schemeRef) {
            this.schemeRef = schemeRef;
        }

        String categoryFor(String raw, String name) {
            if (raw == null || raw.isBlank()) {
                return byRaw.computeIfAbsent("", k -> Category.of(ids.claim(UNCLASSIFIED, ""),
                        LocalisedText.esEn("Sin clasificar", "Unclassified"))).id();
            }
            return byRaw.computeIfAbsent(raw, k -> Category.of(
                    ids.claim(SdmxIds.itemId(raw).toUpperCase(Locale.ROOT), raw),
                    LocalisedText.es(name == null || name.isBlank() ? raw : name))).id();
        }

        CategoryScheme scheme(LocalisedText name, LocalisedText description) {
            return new CategoryScheme(schemeRef, name, description, List.copyOf(byRaw.values()));
        }
    }
}
