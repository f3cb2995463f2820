package io.archivo.sdmx.data.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.Observation;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.AttachmentLevel;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.TimeDimension;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SDMX-JSON data messages 1.0 ({@code data.structure} + {@code data.dataSets}) and 2.0 ({@code data.structures}
 * + {@code data.dataSets}, with {@code meta}), streamed with Jackson's {@link JsonGenerator}. SDMX-JSON refers to
 * component values by their index in the structure's value lists; the data sets are written first and the
 * structure last (the order of JSON members is free), so the indexes are handed out as values appear and memory
 * grows with the distinct values, not with the observations.
 */
final class JsonDataWriter implements DataWriter {

    static final String SCHEMA_10 =
            "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/1.0/sdmx-json-data-schema.json";
    static final String SCHEMA_20 =
            "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json";
    private static final JsonFactory FACTORY = new JsonFactory();

    private final boolean v20;
    private final DataMessage m;
    private final OutputStream stream;
    private final JsonGenerator g;
    private final DataflowStructure s;
    /** Value indexes per dimension (DSD order), then the time dimension. */
    private final List<Map<String, Integer>> dimensionValues = new ArrayList<>();
    private final Map<String, Integer> periods = new LinkedHashMap<>();
    /** Attributes written per series (non-observation level) and per observation, with their value indexes. */
    private final List<DataAttribute> seriesAttributes = new ArrayList<>();
    private final List<DataAttribute> obsAttributes = new ArrayList<>();
    private final Map<String, Map<String, Integer>> attributeValues = new LinkedHashMap<>();
    private List<String> key;
    private Map<String, String> currentSeriesAttributes;
    private boolean observationsOpen;
    private boolean anyObservation;

    JsonDataWriter(boolean v20, DataMessage m, OutputStream out) {
        this.v20 = v20;
        this.m = m;
        this.stream = out;
        this.s = m.structure();
        try {
            this.g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        s.dimensions().forEach(d -> dimensionValues.add(new LinkedHashMap<>()));
        if (m.detail().attributes()) {
            for (DataAttribute a : s.dsd().attributes()) {
                // flat observations carry every attribute; in series, only observation-level ones
                if (a.attachment() == AttachmentLevel.OBSERVATION || m.flat()) {
                    if (m.detail().observations()) {
                        obsAttributes.add(a);
                    }
                } else {
                    seriesAttributes.add(a);
                }
                attributeValues.put(a.id(), new LinkedHashMap<>());
            }
        }
    }

    @Override
    public void begin() throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("meta");
        g.writeStringField("schema", v20 ? SCHEMA_20 : SCHEMA_10);
        g.writeStringField("id", m.messageId());
        g.writeBooleanField("test", false);
        g.writeStringField("prepared", DateTimeFormatter.ISO_INSTANT.format(m.prepared().truncatedTo(ChronoUnit.SECONDS)));
        g.writeArrayFieldStart(v20 ? "contentLanguages" : "content-language");
        g.writeString("es");
        g.writeEndArray();
        g.writeObjectFieldStart("sender");
        g.writeStringField("id", m.sender());
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("data");
        g.writeArrayFieldStart("dataSets");
        g.writeStartObject();
        if (v20) {
            g.writeNumberField("structure", 0);
            g.writeArrayFieldStart("links");
            link("dataflow", ArtefactType.DATAFLOW.urn(s.dataflow()));
            g.writeEndArray();
        }
        g.writeStringField("action", "Information");
        g.writeObjectFieldStart(m.flat() ? "observations" : "series");
    }

    @Override
    public void seriesStart(List<String> key, Map<String, String> attributes) throws IOException {
        this.key = key;
        this.currentSeriesAttributes = attributes;
        if (m.flat()) {
            return;
        }
        g.writeObjectFieldStart(keyIndexes(key));
        if (m.detail().attributes()) {
            g.writeArrayFieldStart("attributes");
            for (DataAttribute a : seriesAttributes) {
                index(a, attributes.get(a.id()));
            }
            g.writeEndArray();
        }
        if (m.detail().observations()) {
            g.writeObjectFieldStart("observations");
            observationsOpen = true;
        }
    }

    @Override
    public void observation(Observation o, Map<String, String> attributes) throws IOException {
        anyObservation = true;
        int period = periods.computeIfAbsent(o.period().text(), p -> periods.size());
        g.writeArrayFieldStart(m.flat() ? keyIndexes(key) + ":" + period : Integer.toString(period));
        String v = Values.number(o.value());
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
        for (DataAttribute a : obsAttributes) {
            String value = attributes.get(a.id());
            index(a, value != null ? value : currentSeriesAttributes.get(a.id()));
        }
        g.writeEndArray();
    }

    @Override
    public void seriesEnd() throws IOException {
        if (m.flat()) {
            return;
        }
        if (observationsOpen) {
            g.writeEndObject();
            observationsOpen = false;
        }
        g.writeEndObject();
    }

    @Override
    public void end() throws IOException {
        g.writeEndObject(); // series / observations
        g.writeEndObject(); // the data set
        g.writeEndArray();
        if (v20) {
            g.writeArrayFieldStart("structures");
            structure();
            g.writeEndArray();
        } else {
            g.writeFieldName("structure");
            structure();
        }
        g.writeEndObject(); // data
        g.writeEndObject();
        g.flush();
        stream.flush();
    }

    private void structure() throws IOException {
        g.writeStartObject();
        if (v20) {
            g.writeArrayFieldStart("links");
            link("dataflow", ArtefactType.DATAFLOW.urn(s.dataflow()));
            link("datastructure", ArtefactType.DATA_STRUCTURE.urn(s.dsd().ref()));
            g.writeEndArray();
            g.writeArrayFieldStart("dataSets");
            g.writeNumber(0);
            g.writeEndArray();
        }
        g.writeStringField("name", s.dataflow().id());
        g.writeObjectFieldStart("dimensions");
        g.writeArrayFieldStart("dataSet");
        g.writeEndArray();
        if (!m.flat()) {
            g.writeArrayFieldStart("series");
            dimensions();
            g.writeEndArray();
        }
        g.writeArrayFieldStart("observation");
        if (m.flat()) {
            dimensions();
        }
        if (anyObservation) {
            g.writeStartObject();
            g.writeStringField("id", TimeDimension.ID);
            g.writeStringField("name", TimeDimension.ID);
            g.writeNumberField("keyPosition", s.dimensions().size());
            if (v20) {
                g.writeArrayFieldStart("roles");
                g.writeString("TIME_PERIOD");
                g.writeEndArray();
            } else {
                g.writeStringField("role", "time");
            }
            g.writeArrayFieldStart("values");
            for (String p : periods.keySet()) {
                g.writeStartObject();
                g.writeStringField("id", p);
                g.writeStringField("name", p);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject(); // dimensions
        g.writeObjectFieldStart("attributes");
        g.writeArrayFieldStart("dataSet");
        g.writeEndArray();
        g.writeArrayFieldStart("series");
        for (DataAttribute a : seriesAttributes) {
            attribute(a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("observation");
        for (DataAttribute a : obsAttributes) {
            attribute(a);
        }
        g.writeEndArray();
        g.writeEndObject(); // attributes
        if (v20 && m.detail().observations()) {
            g.writeObjectFieldStart("measures");
            g.writeArrayFieldStart("observation");
            g.writeStartObject();
            g.writeStringField("id", s.dsd().measure().id());
            g.writeStringField("name", s.dsd().measure().id());
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void dimensions() throws IOException {
        List<Dimension> dims = s.dimensions();
        for (int i = 0; i < dims.size(); i++) {
            Dimension d = dims.get(i);
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("name", d.id());
            g.writeNumberField("keyPosition", i);
            g.writeArrayFieldStart("values");
            for (String code : dimensionValues.get(i).keySet()) {
                g.writeStartObject();
                g.writeStringField("id", code);
                String name = s.nameOf(d.id(), code);
                g.writeStringField("name", name == null ? code : name);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void attribute(DataAttribute a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("name", a.id());
        if (v20) {
            g.writeObjectFieldStart("relationship");
            switch (a.attachment()) {
                case DATASET -> {
                    g.writeObjectFieldStart("dataflow");
                    g.writeEndObject();
                }
                case SERIES -> {
                    g.writeArrayFieldStart("dimensions");
                    for (Dimension d : s.dimensions()) {
                        g.writeString(d.id());
                    }
                    g.writeEndArray();
                }
                case OBSERVATION -> {
                    g.writeObjectFieldStart("observation");
                    g.writeEndObject();
                }
            }
            g.writeEndObject();
        }
        boolean coded = s.codesOf(a.id()) != null;
        g.writeArrayFieldStart("values");
        for (String value : attributeValues.get(a.id()).keySet()) {
            g.writeStartObject();
            if (coded) {
                g.writeStringField("id", value);
                String name = s.nameOf(a.id(), value);
                g.writeStringField("name", name == null ? value : name);
            } else if (v20) {
                g.writeStringField("value", value);
            } else {
                g.writeStringField("name", value); // 1.0: an uncoded value has a name and no id
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The series key as value indexes, {@code 0:3:1}. */
    private String keyIndexes(List<String> key) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < key.size(); i++) {
            Map<String, Integer> values = dimensionValues.get(i);
            if (i > 0) {
                b.append(':');
            }
            b.append(values.computeIfAbsent(key.get(i), k -> values.size()));
        }
        return b.toString();
    }

    private void index(DataAttribute a, String value) throws IOException {
        if (value == null) {
            g.writeNull();
            return;
        }
        Map<String, Integer> values = attributeValues.get(a.id());
        g.writeNumber(values.computeIfAbsent(value, v -> values.size()));
    }

    private void link(String rel, String urn) throws IOException {
        g.writeStartObject();
        g.writeStringField("rel", rel);
        g.writeStringField("urn", urn);
        g.writeEndObject();
    }
}
