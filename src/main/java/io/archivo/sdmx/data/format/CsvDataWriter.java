package io.archivo.sdmx.data.format;

import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.Observation;
import io.archivo.sdmx.model.AttachmentLevel;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.Measure;
import io.archivo.sdmx.model.TimeDimension;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SDMX-CSV 1.0 (first column {@code DATAFLOW}) and 2.0 ({@code STRUCTURE}, {@code STRUCTURE_ID}): one row per
 * observation with every dimension, the period, the value and the attributes (series attributes repeated). With
 * {@code detail=serieskeysonly} one row per series with the dimensions only; {@code nodata} adds the series
 * attributes. {@code labels=both} writes coded values as {@code code: name} and the header as {@code id: name}.
 */
final class CsvDataWriter implements DataWriter {

    private final DataFormat format;
    private final DataMessage m;
    private final Utf8Sink out;
    private final List<DataAttribute> attributes = new ArrayList<>();
    private List<String> key;
    private Map<String, String> seriesAttributes;
    /** The current series' repeated cells, escaped (see seriesStart): the prefix as UTF-8. */
    private byte[] seriesPrefix;
    private String[] seriesCells;
    /**
     * What follows the value in a row (the attribute cells and the line end) as UTF-8, for the current series and
     * the last observation-level attribute map. Consecutive observations share one map (DataStreamer), so a row is
     * mostly copies; looking the attributes up and escaping them per row was a visible part of a key query's and the
     * export's CPU (SdmxDataBenchmark).
     */
    private Map<String, String> tailOf;
    private byte[] rowTail;

    CsvDataWriter(DataFormat format, DataMessage m, OutputStream out) {
        this.format = format;
        this.m = m;
        this.out = new Utf8Sink(out);
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
        m.structure().dimensions().forEach(d -> h.add(header(d.id())));
        if (m.detail().observations()) {
            h.add(header(TimeDimension.ID));
            h.add(header(Measure.ID));
        }
        attributes.forEach(a -> h.add(header(a.id())));
        row(h);
    }

    /** A component's column: its id, and with {@code labels=both} its name too ({@code FREQ: Frecuencia}). */
    private String header(String id) {
        String name = m.labels() ? m.structure().componentName(id) : null;
        return name == null ? id : id + ": " + name;
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
        seriesPrefix = b.toString().getBytes(StandardCharsets.UTF_8);
        rowTail = null;
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
        Values.write(out, o.value());
        out.write(rowTail(observationAttributes));
    }

    /** The attribute cells after the value, series ones and this map's observation ones, and the line end. */
    private byte[] rowTail(Map<String, String> observationAttributes) throws IOException {
        if (observationAttributes != tailOf || rowTail == null) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < seriesCells.length; i++) {
                b.append(',');
                if (seriesCells[i] != null) {
                    b.append(seriesCells[i]);
                } else {
                    escape(b, label(attributes.get(i).id(), observationAttributes.get(attributes.get(i).id())));
                }
            }
            b.append("\r\n");
            tailOf = observationAttributes;
            rowTail = b.toString().getBytes(StandardCharsets.UTF_8);
        }
        return rowTail;
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
