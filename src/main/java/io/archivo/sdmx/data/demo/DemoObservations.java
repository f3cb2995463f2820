package io.archivo.sdmx.data.demo;

import io.archivo.access.Caller;
import io.archivo.common.config.ArchivoConfig;
import io.archivo.sdmx.data.DataflowCatalog;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.Observation;
import io.archivo.sdmx.data.TimePeriod;
import io.archivo.sdmx.data.load.DataLoadService;
import io.archivo.sdmx.data.store.ObservationStore;
import io.archivo.sdmx.mapping.StructureMapper;
import io.archivo.sdmx.model.Dimension;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * With {@code ARCHIVO_DEMO=true}, gives every dataflow of a published demo study illustrative observations (annual,
 * 2019–2023, a few codes per dimension), so that a newcomer's first data request returns series. The values are
 * made up — deterministic noise around a trend — and say so: {@code UNIT_MEASURE} reads "dato ilustrativo" and
 * every observation has {@code OBS_STATUS=E} (estimated). Runs once, when no observation is stored yet.
 */
@ApplicationScoped
public class DemoObservations {

    private static final Logger LOG = Logger.getLogger(DemoObservations.class);
    static final Caller DEMO = new Caller("demo-seed", Set.of(Caller.ADMIN, Caller.EDITOR), Set.of());
    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2023;
    static final int MAX_SERIES = 120;
    public static final String UNIT = "Número (dato ilustrativo)";

    private final ArchivoConfig config;
    private final DataflowCatalog catalog;
    private final DataLoadService loads;
    private final ObservationStore store;

    DemoObservations(ArchivoConfig config, DataflowCatalog catalog, DataLoadService loads, ObservationStore store) {
        this.config = config;
        this.catalog = catalog;
        this.loads = loads;
        this.store = store;
    }

    // after the demo catalogue and its studies are seeded (DemoSeeder, priority 200)
    void onStart(@Observes @Priority(300) StartupEvent event) {
        if (!config.demo()) {
            return;
        }
        List<DataflowStructure> flows = catalog.find(null, null, "latest").stream()
                .filter(s -> !s.dsd().ref().id().equals(StructureMapper.GENERIC_DSD_ID)).toList();
        if (flows.stream().anyMatch(s -> store.count(s.dataflow().id()) > 0)) {
            return;
        }
        int total = 0;
        for (DataflowStructure s : flows) {
            List<Observation> rows = observations(s);
            if (!rows.isEmpty()) {
                loads.apply(DEMO, s, ObservationStore.Action.REPLACE, true, rows);
                total += rows.size();
            }
        }
        LOG.infof("Seeded illustrative observations: %d dataflows, %d observations", flows.size(), total);
    }

    /** Annual series over a few codes of each dimension; empty when a dimension is not coded. */
    static List<Observation> observations(DataflowStructure s) {
        List<List<String>> choices = new ArrayList<>();
        for (Dimension d : s.dimensions()) {
            Set<String> codes = s.codesOf(d.id());
            if (codes == null || codes.isEmpty()) {
                return List.of();
            }
            List<String> all = new ArrayList<>(codes);
            if (d.id().equals("FREQ")) {
                choices.add(List.of(all.contains("A") ? "A" : all.get(0)));
            } else if (d.id().equals("REF_AREA")) {
                choices.add(all.subList(0, Math.min(8, all.size())));
            } else {
                choices.add(all.subList(0, Math.min(2, all.size())));
            }
        }
        // keep the answer small: drop to one code per dimension from the last until few enough series
        for (int i = choices.size() - 1; i >= 0 && product(choices) > MAX_SERIES; i--) {
            choices.set(i, choices.get(i).subList(0, 1));
        }
        List<Observation> out = new ArrayList<>();
        Random random = new Random(s.dataflow().id().hashCode());
        for (List<String> key : cartesian(choices)) {
            double base = 200 + random.nextInt(4800);
            double trend = 0.97 + random.nextDouble() * 0.08;
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                double v = Math.round(base * Math.pow(trend, year - FIRST_YEAR) * (0.95 + random.nextDouble() * 0.1));
                boolean hasUnit = s.attribute("UNIT_MEASURE").isPresent();
                boolean hasStatus = s.attribute("OBS_STATUS").isPresent();
                Map<String, String> attrs = new java.util.HashMap<>();
                if (hasUnit) {
                    attrs.put("UNIT_MEASURE", UNIT);
                }
                if (hasStatus && s.codesOf("OBS_STATUS") != null && s.codesOf("OBS_STATUS").contains("E")) {
                    attrs.put("OBS_STATUS", "E");
                }
                out.add(new Observation(key, TimePeriod.parse(Integer.toString(year)).orElseThrow(), v, attrs));
            }
        }
        return out;
    }

    private static long product(List<List<String>> choices) {
        return choices.stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
    }

    private static List<List<String>> cartesian(List<List<String>> choices) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (List<String> c : choices) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String v : c) {
                    List<String> k = new ArrayList<>(prefix);
                    k.add(v);
                    next.add(k);
                }
            }
            out = next;
        }
        return out;
    }
}
