package io.archivo.sdmx.data.format;

import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.Observation;
import io.archivo.sdmx.model.AttachmentLevel;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.Measure;
import io.archivo.sdmx.model.TimeDimension;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SDMX-CSV 1.0 (first column {@code DATAFLOW}) and 2.0 ({@code STRUCTURE}, {@code STRUCTURE_ID}): one row per
 * observation with every dimension, the period, the value and the attributes (series attributes repeated). With
 * {@code detail=serieskeysonly} one row per series with the dimensions only; {@code nodata} adds the series
 * attributes. {@code labels=both} writes coded values as {@code code: name}.
 */
final class CsvDataWriter implements DataWriter {

    private final DataFormat format;
    private final DataMessage m;
    private final Writer out;
    private final List<DataAttribute> attributes = new ArrayList<>();
    private List<String> key;
    private Map<String, String> seriesAttributes;
    /** The current series' repeated cells, escaped (see seriesStart). */
    private String seriesPrefix;
    private String[] seriesCells;
    /**
     * The cells of the last observation-level attribute map, escaped. Consecutive observations share one map
     * (DataStreamer), so a row is mostly copies; looking the attributes up and escaping them per row was a visible
     * part of a key query's and the export's CPU (SdmxDataBenchmark).
     */
    private Map<String, String> cellsOf;
    private String[] observationCells;

    CsvDataWriter(DataFormat format, DataMessage m, OutputStream out) {
        this.format = format;
        this.m = m;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (m.detail().attributes()) {
            for (DataAttribute a : m.structure().dsd().attributes()) {
                if (m.detail().observations() || a.attachment() != AttachmentLevel.OBSERVATION) {
                    attributes.add(a);
                }
            }
        }
    }

    @Override
    public void begin() throws IOException {
        List<String> h = new ArrayList<>();
        if (format == DataFormat.CSV_10) {
            h.add("DATAFLOW");
        } else {
            h.add("STRUCTURE");
            h.add("STRUCTURE_ID");
        }
        m.structure().dimensions().forEach(d -> h.add(d.id()));
        if (m.detail().observations()) {
            h.add(TimeDimension.ID);
            h.add(Measure.ID);
        }
        attributes.forEach(a -> h.add(a.id()));
        row(h);
    }

    @Override
    public void seriesStart(List<String> key, Map<String, String> seriesAttributes) throws IOException {
        this.key = key;
        this.seriesAttributes = seriesAttributes;
        if (!m.detail().observations()) {
            row(cells(null, Map.of()));
            return;
        }
        // what every row of the series repeats, escaped once: the dataflow and dimension cells, and the series
        // attributes' cells (null for the observation-level ones, written per row)
        StringBuilder b = new StringBuilder();
        DataflowStructure s = m.structure();
        if (format == DataFormat.CSV_20) {
            b.append("dataflow,");
        }
        escape(b, s.dataflow().toString());
        List<Dimension> dims = s.dimensions();
        for (int i = 0; i < dims.size(); i++) {
            b.append(',');
            escape(b, label(dims.get(i).id(), key.get(i)));
        }
        b.append(',');
        seriesPrefix = b.toString();
        seriesCells = new String[attributes.size()];
        for (int i = 0; i < seriesCells.length; i++) {
            DataAttribute a = attributes.get(i);
            if (a.attachment() != AttachmentLevel.OBSERVATION) {
                StringBuilder c = new StringBuilder();
                escape(c, label(a.id(), seriesAttributes.get(a.id())));
                seriesCells[i] = c.toString();
            }
        }
    }

    /** One row, written straight to the buffer: the series prefix, the period, the value and the attributes. */
    @Override
    public void observation(Observation o, Map<String, String> observationAttributes) throws IOException {
        out.write(seriesPrefix);
        escape(out, o.period().text());
        out.write(',');
        String v = Values.number(o.value());
        if (v != null) {
            out.write(v);
        }
        String[] cells = observationCells(observationAttributes);
        for (int i = 0; i < seriesCells.length; i++) {
            out.write(',');
            String c = seriesCells[i] != null ? seriesCells[i] : cells[i];
            if (c != null) {
                out.write(c);
            }
        }
        out.write("\r\n");
    }

    /** The escaped observation-level attribute cells (null where the attribute is a series one or absent). */
    private String[] observationCells(Map<String, String> observationAttributes) throws IOException {
        if (observationAttributes != cellsOf || observationCells == null) {
            String[] cells = new String[attributes.size()];
            for (int i = 0; i < cells.length; i++) {
                DataAttribute a = attributes.get(i);
                String value = label(a.id(), observationAttributes.get(a.id()));
                if (value != null) {
                    StringBuilder c = new StringBuilder();
                    escape(c, value);
                    cells[i] = c.toString();
                }
            }
            cellsOf = observationAttributes;
            observationCells = cells;
        }
        return observationCells;
    }

    private List<String> cells(Observation o, Map<String, String> obsAttributes) {
        DataflowStructure s = m.structure();
        List<String> c = new ArrayList<>();
        if (format == DataFormat.CSV_10) {
            c.add(s.dataflow().toString());
        } else {
            c.add("dataflow");
            c.add(s.dataflow().toString());
        }
        List<Dimension> dims = s.dimensions();
        for (int i = 0; i < dims.size(); i++) {
            c.add(label(dims.get(i).id(), key.get(i)));
        }
        if (o != null) {
            c.add(o.period().text());
            c.add(Values.number(o.value()));
        }
        for (DataAttribute a : attributes) {
            String v = a.attachment() == AttachmentLevel.OBSERVATION ? obsAttributes.get(a.id()) : seriesAttributes.get(a.id());
            c.add(label(a.id(), v));
        }
        return c;
    }

    private String label(String component, String code) {
        if (!m.labels() || code == null) {
            return code;
        }
        String name = m.structure().nameOf(component, code);
        return name == null ? code : code + ": " + name;
    }

    @Override
    public void seriesEnd() {
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            escape(out, cells.get(i));
        }
        out.write("\r\n");
    }

    /** A cell: nothing for null, quoted (quotes doubled) when it holds a comma, a quote or a line break. */
    private static void escape(Appendable b, String v) throws IOException {
        if (v == null) {
            return;
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
                return;
            }
        }
        b.append(v);
    }
}
