package io.archivo.sdmx.data.load;

import io.archivo.common.problem.ProblemException;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.Observation;
import io.archivo.sdmx.data.TimePeriod;
import io.archivo.sdmx.data.store.ObservationStore.Action;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.Measure;
import io.archivo.sdmx.model.TimeDimension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an observation table and validates it against the dataflow's DSD. Three layouts, told apart by the first
 * column: SDMX-CSV 1.0 ({@code DATAFLOW}), SDMX-CSV 2.0 ({@code STRUCTURE}, {@code STRUCTURE_ID}, optional
 * {@code ACTION}) and plain CSV whose columns are the DSD's component ids or, through the process's designation,
 * the study's variable names ({@link DesignatedColumns}); a plain table without {@code FREQ} takes the load's
 * frequency. Headers and values may carry labels
 * ({@code FREQ: Frecuencia}, {@code A: Anual}, as SDMX-CSV {@code labels=both} writes them). Comma or semicolon
 * separated, UTF-8 unless the Content-Type names another charset (a BOM is skipped). Every problem is collected with its row and column; any problem refuses the
 * whole table.
 */
public final class ObservationTableReader {

    /** What SDMX allows in a key value; compiled once (matching a fresh pattern per cell was a third of a load). */
    private static final Pattern KEY_VALUE = Pattern.compile("[A-Za-z0-9_@$-]+");

    static final int MAX_ERRORS = 100;

    private static final String FREQ = "FREQ";

    private final DataflowStructure structure;
    private final Action action;
    /** Folded column name → component id (variable names through the designation). */
    private final Map<String, String> aliases;
    /** The FREQ value of a plain table without a FREQ column; null: the column is required. */
    private final String frequency;
    private final Map<String, Recoding> recodings = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> codesByName = new HashMap<>();

    public ObservationTableReader(DataflowStructure structure, Action action) {
        this(structure, action, Map.of(), null);
    }

    public ObservationTableReader(DataflowStructure structure, Action action, Map<String, String> aliases,
            String frequency) {
        this.structure = structure;
        this.action = action;
        this.aliases = aliases;
        this.frequency = frequency;
    }

    public List<Observation> read(InputStream in) {
        return read(in, StandardCharsets.UTF_8);
    }

    public List<Observation> read(InputStream in, java.nio.charset.Charset charset) {
        List<LoadError> errors = new ArrayList<>();
        List<Observation> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset))) {
            reader.mark(1);
            if (reader.read() != '\ufeff') {
                reader.reset();
            }
            read(reader, out, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw ProblemException.badRequest("invalid-csv", "Not a readable CSV table", e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("invalid-observations", "The table does not follow the data structure",
                    errors.size() + (errors.size() >= MAX_ERRORS ? "+" : "") + " problem(s); nothing was loaded")
                    .with("dataflow", structure.dataflow().toString()).with("errors", errors);
        }
        if (out.isEmpty()) {
            throw ProblemException.unprocessable("no-observations", "No observations", "The table has no data rows");
        }
        return out;
    }

    private void read(BufferedReader reader, List<Observation> out, List<LoadError> errors) throws IOException {
        reader.mark(64 * 1024);
        String first = reader.readLine();
        reader.reset();
        if (first == null) {
            throw ProblemException.unprocessable("no-observations", "No observations", "The table is empty");
        }
        char delimiter = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).build();
        CSVParser parser = format.parse(reader);
        var it = parser.iterator();
        CSVRecord headerRecord = it.next();
        List<String> header = new ArrayList<>();
        headerRecord.forEach(h -> header.add(component(code(h))));
        Columns cols = columns(header, errors);
        if (!errors.isEmpty()) {
            return;
        }
        Map<String, Long> seen = new HashMap<>();
        while (it.hasNext() && errors.size() < MAX_ERRORS) {
            CSVRecord rec = it.next();
            long row = rec.getRecordNumber();
            Observation o = observation(rec, row, header, cols, errors);
            if (o == null) {
                continue;
            }
            String id = o.seriesKey() + "|" + (o.period() == null ? "" : o.period().text());
            Long before = seen.putIfAbsent(id, row);
            if (before != null) {
                errors.add(new LoadError(row, TimeDimension.ID, o.period() == null ? "" : o.period().text(),
                        "Duplicate key " + o.seriesKey() + " " + (o.period() == null ? "" : o.period().text())
                                + " (first in row " + before + ")"));
                continue;
            }
            out.add(o);
        }
    }

    /** Column positions of the DSD's components; reports unknown and missing columns. */
    private record Columns(int[] dims, int time, int value, Map<String, Integer> attributes, int flow, int rowAction) {
    }

    private Columns columns(List<String> header, List<LoadError> errors) {
        List<Dimension> dims = structure.dimensions();
        if (dims.size() > io.archivo.sdmx.data.DataflowStructure.MAX_DIMENSIONS) {
            throw ProblemException.unprocessable("too-many-dimensions", "Too many dimensions",
                    "Archivo stores data of DSDs with at most 10 non-time dimensions");
        }
        int[] dimCols = new int[dims.size()];
        java.util.Arrays.fill(dimCols, -1);
        int time = -1;
        int value = -1;
        int flow = -1;
        int rowAction = -1;
        Map<String, Integer> attrs = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            int d = structure.dimensionIndex(h);
            if (d >= 0) {
                dimCols[d] = i;
            } else if (h.equals(TimeDimension.ID)) {
                time = i;
            } else if (h.equals(Measure.ID)) {
                value = i;
            } else if (structure.attribute(h).isPresent()) {
                attrs.put(h, i);
            } else if (i == 0 && (h.equals("DATAFLOW") || h.equals("STRUCTURE"))) {
                flow = i;
            } else if (h.equals("STRUCTURE_ID") && flow == 0) {
                continue;
            } else if (h.equals("ACTION") && flow == 0) {
                rowAction = i;
            } else {
                errors.add(new LoadError(1, h, h, "Unknown column: the data structure " + structure.dsd().ref()
                        + " has no component " + h));
            }
        }
        for (int d = 0; d < dimCols.length; d++) {
            if (dimCols[d] < 0 && !(flow < 0 && frequency != null && dims.get(d).id().equals(FREQ))) {
                errors.add(new LoadError(1, dims.get(d).id(), null, "Missing dimension column " + dims.get(d).id()));
            }
        }
        if (time < 0) {
            errors.add(new LoadError(1, TimeDimension.ID, null, "Missing column TIME_PERIOD"));
        }
        if (value < 0 && action != Action.DELETE) {
            errors.add(new LoadError(1, Measure.ID, null, "Missing column OBS_VALUE"));
        }
        for (DataAttribute a : structure.dsd().attributes()) {
            if (a.mandatory() && !attrs.containsKey(a.id()) && action != Action.DELETE) {
                errors.add(new LoadError(1, a.id(), null, "Missing column of the mandatory attribute " + a.id()));
            }
        }
        return new Columns(dimCols, time, value, attrs, flow, rowAction);
    }

    private Observation observation(CSVRecord rec, long row, List<String> header, Columns cols, List<LoadError> errors) {
        int before = errors.size();
        if (cols.flow() >= 0) {
            String flow = cell(rec, cols.flow());
            String expected = structure.dataflow().id();
            if (!flow.equals(expected) && !flow.contains(":" + expected + "(") && !flow.equals("dataflow")
                    && !flow.equals("DATAFLOW")) {
                errors.add(new LoadError(row, header.get(cols.flow()), flow,
                        "Row names another dataflow; this process's dataflow is " + structure.dataflow()));
            }
        }
        if (cols.rowAction() >= 0) {
            String a = cell(rec, cols.rowAction()).toUpperCase(Locale.ROOT);
            boolean ok = a.isEmpty() || switch (action) {
                case APPEND -> a.equals("I") || a.equals("A");
                case REPLACE -> a.equals("R") || a.equals("I") || a.equals("A") || a.equals("M");
                case DELETE -> a.equals("D");
            };
            if (!ok) {
                errors.add(new LoadError(row, "ACTION", a, "Row action " + a + " differs from the load's action "
                        + action.name().charAt(0) + action.name().substring(1).toLowerCase(Locale.ROOT)
                        + "; send rows of one action per load"));
            }
        }
        List<String> key = new ArrayList<>();
        for (int d = 0; d < cols.dims().length; d++) {
            Dimension dim = structure.dimensions().get(d);
            String v = cols.dims()[d] < 0 ? frequency : code(cell(rec, cols.dims()[d]));
            Set<String> allowed = structure.codesOf(dim.id());
            if (allowed != null && !v.isEmpty() && !allowed.contains(v)) {
                v = recoded(dim, v);
            }
            if (v.isEmpty()) {
                errors.add(new LoadError(row, dim.id(), v, "Missing value of dimension " + dim.id()));
            } else if (allowed != null && !allowed.contains(v)) {
                errors.add(new LoadError(row, dim.id(), v, "Unknown code " + v + " of dimension " + dim.id()
                        + " (codelist " + dim.representation().codelist() + ")"));
            } else if (!KEY_VALUE.matcher(v).matches()) {
                errors.add(new LoadError(row, dim.id(), v, "Not a valid SDMX key value (letters, digits, _ @ $ -)"));
            }
            key.add(v);
        }
        String p = cell(rec, cols.time());
        TimePeriod period = TimePeriod.cached(p).orElse(null);
        if (period == null) {
            errors.add(new LoadError(row, TimeDimension.ID, p,
                    "Not an SDMX time period (2023, 2023-S1, 2023-Q1, 2023-M03, 2023-W05, 2023-03, 2023-03-01)"));
        }
        Double value = null;
        if (cols.value() >= 0) {
            String raw = cell(rec, cols.value());
            if (!raw.isEmpty() && !raw.equals("NaN")) {
                try {
                    value = Double.valueOf(raw.replace(" ", ""));
                    if (value.isInfinite() || value.isNaN()) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    errors.add(new LoadError(row, Measure.ID, raw, "Not a number (use a dot as decimal separator)"));
                }
            }
        }
        Map<String, String> attrs = new HashMap<>();
        for (Map.Entry<String, Integer> a : cols.attributes().entrySet()) {
            DataAttribute attr = structure.attribute(a.getKey()).orElseThrow();
            String v = attr.representation().isEnumerated() ? code(cell(rec, a.getValue())) : cell(rec, a.getValue());
            Set<String> allowed = structure.codesOf(attr.id());
            if (v.isEmpty()) {
                if (attr.mandatory() && action != Action.DELETE) {
                    errors.add(new LoadError(row, attr.id(), v, "Missing value of the mandatory attribute " + attr.id()));
                }
                continue;
            }
            if (allowed != null && !allowed.contains(v)) {
                errors.add(new LoadError(row, attr.id(), v, "Unknown code " + v + " of attribute " + attr.id()));
            } else if (v.chars().anyMatch(Character::isISOControl)) {
                errors.add(new LoadError(row, attr.id(), v, "Control characters are not allowed"));
            }
            attrs.put(attr.id(), v);
        }
        return errors.size() > before ? null : new Observation(key, period, value, attrs);
    }

    /**
     * A value that is not a code of its dimension, as the dimension's code when the table names it another way:
     * through the dimension's recoding (a category of the study's area variable: "3", "Zona rural") or by the
     * code's own name ("Navarro", "Comuna 3"). Each recoding is counted for the load's report; a value neither
     * names is returned as it is, to be refused as an unknown code.
     */
    private String recoded(Dimension dim, String value) {
        String code = dim.recode().get(value);
        String how = "recode";
        if (code == null) {
            code = namesOf(dim).get(value.toLowerCase(Locale.ROOT));
            how = "name";
        }
        if (code == null) {
            return value;
        }
        String finalCode = code;
        String finalHow = how;
        recodings.computeIfAbsent(dim.id() + '\u0000' + value,
                k -> new Recoding(dim.id(), value, finalCode, finalHow, new long[1])).rows()[0]++;
        return code;
    }

    private Map<String, String> namesOf(Dimension dim) {
        return codesByName.computeIfAbsent(dim.id(), id -> {
            Map<String, String> byName = new HashMap<>();
            Set<String> codes = structure.codesOf(id);
            for (String c : codes) {
                String name = structure.nameOf(id, c);
                if (name != null) {
                    byName.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), c);
                }
            }
            return byName;
        });
    }

    /** A table value that was stored as another code, how it was recognised, and in how many rows. */
    private record Recoding(String component, String value, String code, String by, long[] rows) {
    }

    /** The table values stored as other codes ({@link #recoded}), in first-seen order, for the load's report. */
    public List<DataRecoding> recodings() {
        return recodings.values().stream()
                .map(r -> new DataRecoding(r.component(), r.value(), r.code(), r.by(), r.rows()[0])).toList();
    }

    /** A header as a component id: itself when the DSD has it, else the designated variable it names. */
    private String component(String header) {
        boolean known = structure.dimensionIndex(header) >= 0 || header.equals(TimeDimension.ID)
                || header.equals(Measure.ID) || structure.attribute(header).isPresent();
        return known ? header : aliases.getOrDefault(DesignatedColumns.key(header), header);
    }

    private static String cell(CSVRecord rec, int i) {
        return i < rec.size() ? rec.get(i).strip() : "";
    }

    /** {@code FREQ: Frecuencia} → {@code FREQ}; a code with its label ({@code labels=both}) → the code. */
    private static String code(String s) {
        String t = s.strip();
        int i = t.indexOf(": ");
        return i > 0 ? t.substring(0, i) : t;
    }
}
