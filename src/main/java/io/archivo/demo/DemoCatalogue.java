package io.archivo.demo;

import io.archivo.inventory.domain.CollectionInstrument;
import io.archivo.inventory.domain.CollectionSource;
import io.archivo.common.organisation.Department;
import io.archivo.inventory.domain.DisseminationMedium;
import io.archivo.inventory.domain.DocumentState;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.domain.ProcessType;
import io.archivo.inventory.domain.StorageTechnology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The illustrative demo inventory: 111 processes across the 16 departments, every one flagged
 * {@code illustrative}. Names, departments, types and sources come from {@link DemoProcessLines}; the other
 * attributes are allotted so that the catalogue reproduces the plan's diagnostic <em>exactly</em> (19 statistical
 * operations, 57 disseminating to the public, 38 on the web, 21 with digital collection, …; see
 * {@code docs/inventory.md}). Allotment ranks processes by a maturity score (type, department) with a seeded
 * jitter, so the result is plausible (statistical operations are more often documented and published) and the
 * same on every run and every JVM.
 */
public final class DemoCatalogue {

    /** Every count of the plan's diagnostic that the catalogue reproduces. */
    public static final int PROCESSES = 111;
    public static final int STATISTICAL_OPERATIONS = 19;
    public static final int PUBLIC_DISSEMINATION = 57;
    public static final int WEB_DISSEMINATION = 38;
    public static final int DIGITAL_COLLECTION = 21;
    public static final int EMAIL_COLLECTION = 7;
    public static final int WEB_FORM_COLLECTION = 12;
    public static final int MOBILE_COLLECTION = 3;
    public static final int ADMINISTRATIVE_RECORDS = 53;
    public static final int UNDOCUMENTED = 29;
    public static final int PENDING_DOCUMENTATION = 38;
    public static final int DANE_INSTRUMENTS = 11;
    public static final int REGULATED = 103;
    public static final int DATABASE_MANAGER = 33;

    private static final long SEED = 20_240_111L;
    private static final List<ProcessData> CATALOGUE = build();

    private DemoCatalogue() {
    }

    /** The 111 illustrative processes, ordered by department and code. */
    public static List<ProcessData> processes() {
        return CATALOGUE;
    }

    /** Codes of the processes that come with a full demo DDI study: the 19 statistical operations and GOB-03. */
    public static Set<String> codesWithStudies() {
        Set<String> codes = new HashSet<>();
        for (ProcessData p : CATALOGUE) {
            if (p.type() == ProcessType.OPERACION_ESTADISTICA || p.code().equals("GOB-03")) {
                codes.add(p.code());
            }
        }
        return Set.copyOf(codes);
    }

    private static List<ProcessData> build() {
        List<Draft> drafts = parse();
        Set<String> withStudies = new HashSet<>();
        drafts.stream().filter(d -> d.type == ProcessType.OPERACION_ESTADISTICA || d.code.equals("GOB-03"))
                .forEach(d -> withStudies.add(d.code));

        // published studies come from documented processes that disseminate, so they rank first wherever that matters
        List<Draft> disseminating = top(drafts, 1, PUBLIC_DISSEMINATION, withStudies, d -> true);
        disseminating.forEach(d -> d.publicDissemination = true);
        List<Draft> onWeb = top(disseminating, 2, WEB_DISSEMINATION, withStudies, d -> true);
        allotMedia(disseminating, onWeb);

        List<Draft> documented = top(drafts, 3, PROCESSES - UNDOCUMENTED, withStudies, d -> true);
        allotDocumentStates(documented);
        top(documented, 5, DANE_INSTRUMENTS, Set.of(), d -> d.type == ProcessType.OPERACION_ESTADISTICA
                || d.type == ProcessType.PRODUCCION_INDICADORES).forEach(d -> d.daneInstruments = true);

        List<Draft> regulated = top(drafts, 6, REGULATED, withStudies, d -> true);
        for (int i = 0; i < regulated.size(); i++) {
            Draft d = regulated.get(i);
            List<String> norms = DepartmentProfile.of(d.department).norms();
            d.norms = norms.subList(0, Math.min(norms.size(), 1 + i % 3));
        }

        allotStorage(drafts, top(drafts, 7, DATABASE_MANAGER, withStudies, d -> true));
        allotInstruments(drafts);
        return drafts.stream().map(Draft::toData).toList();
    }

    private static void allotMedia(List<Draft> disseminating, List<Draft> onWeb) {
        int printed = 0;
        for (Draft d : disseminating) {
            if (onWeb.contains(d)) {
                d.media.add(DisseminationMedium.WEB);
                if (printed++ % 3 == 0) {
                    d.media.add(DisseminationMedium.IMPRESO);
                }
            }
        }
        int other = 0;
        for (Draft d : disseminating) {
            if (!onWeb.contains(d)) {
                d.media.add(other++ % 2 == 0 ? DisseminationMedium.IMPRESO : DisseminationMedium.OTRO);
            }
        }
    }

    private static void allotDocumentStates(List<Draft> documented) {
        List<Draft> shuffled = ranked(documented, 4, Set.of());
        for (int i = 0; i < shuffled.size(); i++) {
            Draft d = shuffled.get(i);
            d.documented = true;
            if (i < PENDING_DOCUMENTATION) {
                d.documentStates.add(i % 2 == 0 ? DocumentState.DESACTUALIZADA : DocumentState.EN_CONSTRUCCION);
                if (i % 5 == 0) {
                    d.documentStates.add(DocumentState.COMPLETA); // several documents, some complete
                }
            } else {
                d.documentStates.add(DocumentState.COMPLETA);
            }
        }
    }

    private static void allotStorage(List<Draft> all, List<Draft> withDatabase) {
        List<Draft> rest = new ArrayList<>(ranked(all, 8, Set.of()));
        rest.removeAll(withDatabase);
        for (int i = 0; i < withDatabase.size(); i++) {
            withDatabase.get(i).storage.add(StorageTechnology.GESTOR_BASE_DATOS);
            if (i % 4 == 3) {
                withDatabase.get(i).storage.add(StorageTechnology.HOJA_CALCULO);
            }
        }
        // the least mature processes have not consolidated their data anywhere
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).storage.add(i < rest.size() - 12 ? StorageTechnology.HOJA_CALCULO : StorageTechnology.NO_CONSOLIDADA);
        }
    }

    /**
     * 21 processes collect digitally: 3 surveys or censuses with mobile devices, 7 by e-mail and 11 by web form,
     * and one of the e-mail ones also by web form (7 + 12 + 3 = 22 uses by 21 processes). Surveys and censuses
     * that do not collect digitally use paper.
     */
    private static void allotInstruments(List<Draft> all) {
        List<Draft> order = ranked(all, 9, Set.of());
        List<Draft> mobile = order.stream().filter(Draft::isFieldCollection).limit(MOBILE_COLLECTION).toList();
        List<Draft> others = order.stream().filter(d -> !mobile.contains(d)).toList();
        mobile.forEach(d -> d.instruments.add(CollectionInstrument.DISPOSITIVO_MOVIL));
        for (int i = 0; i < EMAIL_COLLECTION; i++) {
            others.get(i).instruments.add(CollectionInstrument.CORREO_ELECTRONICO);
        }
        others.get(0).instruments.add(CollectionInstrument.FORMULARIO_WEB);
        for (int i = EMAIL_COLLECTION; i < EMAIL_COLLECTION + WEB_FORM_COLLECTION - 1; i++) {
            others.get(i).instruments.add(CollectionInstrument.FORMULARIO_WEB);
        }
        for (Draft d : all) {
            if (d.instruments.isEmpty() && d.isFieldCollection()) {
                d.instruments.add(CollectionInstrument.PAPEL);
            }
        }
    }

    /** The first {@code n} drafts accepted by {@code filter}, in rank order. */
    private static List<Draft> top(List<Draft> drafts, int salt, int n, Set<String> first, Predicate<Draft> filter) {
        List<Draft> chosen = ranked(drafts, salt, first).stream().filter(filter).limit(n).toList();
        if (chosen.size() != n) {
            throw new IllegalStateException("the demo catalogue cannot allot " + n + " processes (salt " + salt + ")");
        }
        return chosen;
    }

    /** Drafts ordered by: listed in {@code first}, then maturity plus a jitter seeded by {@code salt}. */
    private static List<Draft> ranked(List<Draft> drafts, int salt, Set<String> first) {
        Random random = new Random(SEED + salt);
        Map<Draft, Double> score = new HashMap<>();
        for (Draft d : drafts) {
            score.put(d, d.maturity() + random.nextDouble() * 25);
        }
        List<Draft> order = new ArrayList<>(drafts);
        order.sort(Comparator.comparing((Draft d) -> !first.contains(d.code))
                .thenComparing(d -> -score.get(d))
                .thenComparing(d -> d.code));
        return order;
    }

    private static List<Draft> parse() {
        List<Draft> drafts = new ArrayList<>();
        Department department = null;
        int index = 0;
        for (String line : DemoProcessLines.LINES.strip().split("\n")) {
            String text = line.strip();
            if (!text.contains("|")) {
                department = Department.valueOf(text);
                index = 0;
                continue;
            }
            String[] f = text.split("\\|");
            drafts.add(new Draft(department, ++index, f));
        }
        if (drafts.size() != PROCESSES) {
            throw new IllegalStateException("the demo catalogue must hold " + PROCESSES + " processes, not " + drafts.size());
        }
        return drafts;
    }

    /** A process being allotted its attributes. */
    private static final class Draft {
        final Department department;
        final String code;
        final ProcessType type;
        final String name;
        final String object;
        final String unit;
        final String periodicity;
        final Set<CollectionSource> sources = EnumSet.noneOf(CollectionSource.class);
        final Set<CollectionInstrument> instruments = EnumSet.noneOf(CollectionInstrument.class);
        final Set<StorageTechnology> storage = EnumSet.noneOf(StorageTechnology.class);
        final Set<DocumentState> documentStates = EnumSet.noneOf(DocumentState.class);
        final Set<DisseminationMedium> media = EnumSet.noneOf(DisseminationMedium.class);
        List<String> norms = List.of();
        boolean documented;
        boolean daneInstruments;
        boolean publicDissemination;

        Draft(Department department, int index, String[] f) {
            this.department = department;
            this.code = DepartmentProfile.of(department).prefix() + "-" + (index < 10 ? "0" : "") + index;
            this.type = switch (f[0]) {
                case "O" -> ProcessType.OPERACION_ESTADISTICA;
                case "E" -> ProcessType.ESTUDIO_ESTADISTICO;
                case "I" -> ProcessType.PRODUCCION_INDICADORES;
                case "G" -> ProcessType.INFORME_GESTION;
                default -> throw new IllegalStateException("unknown process type " + f[0]);
            };
            this.name = f[1];
            this.object = f[2];
            this.unit = f[3];
            this.periodicity = f[4];
            if (f[5].contains("R")) {
                sources.add(CollectionSource.REGISTRO_ADMINISTRATIVO);
            }
            if (f[5].contains("E")) {
                sources.add(CollectionSource.ENCUESTA);
            }
            if (f[5].contains("C")) {
                sources.add(CollectionSource.CENSO);
            }
        }

        boolean isFieldCollection() {
            return sources.contains(CollectionSource.ENCUESTA) || sources.contains(CollectionSource.CENSO);
        }

        double maturity() {
            int byType = switch (type) {
                case OPERACION_ESTADISTICA -> 40;
                case PRODUCCION_INDICADORES -> 30;
                case ESTUDIO_ESTADISTICO -> 20;
                case INFORME_GESTION -> 10;
            };
            return byType + DepartmentProfile.of(department).maturity();
        }

        ProcessData toData() {
            DepartmentProfile profile = DepartmentProfile.of(department);
            return ProcessData.builder()
                    .code(code)
                    .name(name)
                    .department(department)
                    .group(profile.group())
                    .purpose(purpose())
                    .type(type)
                    .thematicArea(profile.thematicArea())
                    .geographicDisaggregation(switch (type) {
                        case OPERACION_ESTADISTICA -> "Comuna; corregimiento; barrio";
                        case PRODUCCION_INDICADORES -> "Comuna; corregimiento";
                        case ESTUDIO_ESTADISTICO -> "Comuna";
                        case INFORME_GESTION -> "Municipal";
                    })
                    .thematicDisaggregation(profile.thematicDisaggregation())
                    .coverage(type == ProcessType.INFORME_GESTION ? "Santiago de Cali"
                            : "Santiago de Cali: cabecera (22 comunas) y zona rural (15 corregimientos)")
                    .responsible("Profesional especializado, " + profile.group())
                    .observationUnits(unit)
                    .targetPopulation(profile.targetPopulation())
                    .periodicity(periodicity)
                    .norms(norms)
                    .sources(sources)
                    .instruments(instruments)
                    .storage(storage)
                    .documented(documented)
                    .documentStates(documentStates)
                    .daneStandard(false) // the plan's baseline: no process documented under the DANE standard yet
                    .daneInstruments(daneInstruments)
                    .publicDissemination(publicDissemination)
                    .media(media)
                    .classification(profile.classification())
                    .illustrative(true)
                    .build();
        }

        private String purpose() {
            return switch (type) {
                case OPERACION_ESTADISTICA -> "Producir información estadística periódica sobre " + object
                        + " en Santiago de Cali, como insumo para la formulación y el seguimiento de la política pública.";
                case PRODUCCION_INDICADORES -> "Calcular y hacer seguimiento a los indicadores sobre " + object
                        + " para medir el avance de las metas del Plan de Desarrollo.";
                case ESTUDIO_ESTADISTICO -> "Analizar " + object
                        + " con base en información estadística, para orientar las decisiones de la dependencia.";
                case INFORME_GESTION -> "Consolidar y reportar la gestión sobre " + object
                        + " ante los organismos de control y la ciudadanía.";
            };
        }
    }
}
