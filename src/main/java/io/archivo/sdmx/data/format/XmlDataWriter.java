package io.archivo.sdmx.data.format;

import io.archivo.sdmx.data.Observation;
import io.archivo.sdmx.model.ArtefactRef;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.Measure;
import io.archivo.sdmx.model.TimeDimension;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * SDMX-ML data messages, streamed with StAX: 2.1 GenericData ({@code generic:Series}/{@code generic:Obs} with
 * {@code Value} elements) or StructureSpecificData (components as XML attributes, the data set typed by the DSD's
 * namespace {@code urn:sdmx:…DataStructure=AGENCY:DSD(VERSION):ObsLevelDim:TIME_PERIOD}). With
 * {@code dimensionAtObservation=AllDimensions} ({@code flat}) observations are written without series. SDMX-ML
 * 3.0 StructureSpecificData is the same data set in the 3.0 namespaces; its header names the DSD by URN.
 */
final class XmlDataWriter implements DataWriter {

    static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    static final String GEN = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
    static final String SS = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";
    static final String MES30 = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/message";
    static final String COM30 = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/common";
    static final String SS30 = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/data/structurespecific";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final boolean structureSpecific;
    private final boolean v30;
    private final String mes;
    private final String com;
    private final String ss;
    private final DataMessage m;
    private final OutputStream stream;
    private final XMLStreamWriter w;
    private List<String> key;
    private Map<String, String> seriesAttributes;

    XmlDataWriter(boolean structureSpecific, DataMessage m, OutputStream out) {
        this(structureSpecific, false, m, out);
    }

    /** {@code v30}: SDMX-ML 3.0 (structure-specific only). */
    XmlDataWriter(boolean structureSpecific, boolean v30, DataMessage m, OutputStream out) {
        this.structureSpecific = structureSpecific || v30;
        this.v30 = v30;
        this.mes = v30 ? MES30 : MES;
        this.com = v30 ? COM30 : COM;
        this.ss = v30 ? SS30 : SS;
        this.m = m;
        this.stream = out;
        try {
            this.w = FACTORY.createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The namespace of the DSD-specific schema a structure-specific data set is typed by. */
    static String dsdNamespace(ArtefactRef dsd, boolean flat) {
        return "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=" + dsd + ":ObsLevelDim:"
                + (flat ? "AllDimensions" : TimeDimension.ID);
    }

    private String structureId() {
        ArtefactRef r = m.structure().dsd().ref();
        return (r.agency() + "_" + r.id() + "_" + r.version()).replaceAll("[^A-Za-z0-9_@$-]", "_");
    }

    @Override
    public void begin() throws IOException {
        try {
            ArtefactRef dsd = m.structure().dsd().ref();
            String dimAtObs = m.flat() ? "AllDimensions" : TimeDimension.ID;
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("message", structureSpecific ? "StructureSpecificData" : "GenericData", mes);
            w.writeNamespace("message", mes);
            w.writeNamespace("common", com);
            if (structureSpecific) {
                w.writeNamespace("ss", ss);
                w.writeNamespace("ns1", dsdNamespace(dsd, m.flat()));
                w.writeNamespace("xsi", XSI);
            } else {
                w.writeNamespace("generic", GEN);
            }
            w.writeStartElement(mes, "Header");
            text(mes, "ID", m.messageId());
            text(mes, "Test", "false");
            text(mes, "Prepared", DateTimeFormatter.ISO_INSTANT.format(m.prepared().truncatedTo(ChronoUnit.SECONDS)));
            w.writeEmptyElement(mes, "Sender");
            w.writeAttribute("id", m.sender());
            w.writeStartElement(mes, "Structure");
            w.writeAttribute("structureID", structureId());
            if (structureSpecific) {
                w.writeAttribute("namespace", dsdNamespace(dsd, m.flat()));
            }
            w.writeAttribute("dimensionAtObservation", dimAtObs);
            if (v30) {
                // 3.0 references are URNs in element text
                text(com, "Structure", "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=" + dsd);
            } else {
                w.writeStartElement(com, "Structure");
                w.writeEmptyElement("Ref");
                w.writeAttribute("agencyID", dsd.agency());
                w.writeAttribute("id", dsd.id());
                w.writeAttribute("version", dsd.version());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement(); // Header
            w.writeStartElement(mes, "DataSet");
            if (structureSpecific) {
                w.writeAttribute(ss, "structureRef", structureId());
                w.writeAttribute(XSI, "type", "ns1:DataSetType");
                if (!v30) {
                    w.writeAttribute(ss, "dataScope", "DataStructure");
                }
            } else {
                w.writeAttribute("structureRef", structureId());
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void seriesStart(List<String> key, Map<String, String> attributes) throws IOException {
        this.key = key;
        this.seriesAttributes = attributes;
        if (m.flat()) {
            return;
        }
        try {
            List<Dimension> dims = m.structure().dimensions();
            if (structureSpecific) {
                w.writeStartElement("Series");
                for (int i = 0; i < dims.size(); i++) {
                    w.writeAttribute(dims.get(i).id(), key.get(i));
                }
                for (Map.Entry<String, String> a : attributes.entrySet()) {
                    w.writeAttribute(a.getKey(), a.getValue());
                }
            } else {
                w.writeStartElement(GEN, "Series");
                w.writeStartElement(GEN, "SeriesKey");
                for (int i = 0; i < dims.size(); i++) {
                    value(dims.get(i).id(), key.get(i));
                }
                w.writeEndElement();
                values("Attributes", attributes);
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void observation(Observation o, Map<String, String> attributes) throws IOException {
        try {
            String v = Values.number(o.value());
            if (structureSpecific) {
                w.writeEmptyElement("Obs");
                if (m.flat()) {
                    List<Dimension> dims = m.structure().dimensions();
                    for (int i = 0; i < dims.size(); i++) {
                        w.writeAttribute(dims.get(i).id(), key.get(i));
                    }
                }
                w.writeAttribute(TimeDimension.ID, o.period().text());
                if (v != null) {
                    w.writeAttribute(Measure.ID, v);
                }
                for (Map.Entry<String, String> a : attributes.entrySet()) {
                    w.writeAttribute(a.getKey(), a.getValue());
                }
                if (m.flat()) {
                    for (Map.Entry<String, String> a : seriesAttributes.entrySet()) {
                        w.writeAttribute(a.getKey(), a.getValue());
                    }
                }
                return;
            }
            w.writeStartElement(GEN, "Obs");
            if (m.flat()) {
                w.writeStartElement(GEN, "ObsKey");
                List<Dimension> dims = m.structure().dimensions();
                for (int i = 0; i < dims.size(); i++) {
                    value(dims.get(i).id(), key.get(i));
                }
                value(TimeDimension.ID, o.period().text());
                w.writeEndElement();
            } else {
                w.writeEmptyElement(GEN, "ObsDimension");
                w.writeAttribute("value", o.period().text());
            }
            if (v != null) {
                w.writeEmptyElement(GEN, "ObsValue");
                w.writeAttribute("value", v);
            }
            if (m.flat()) {
                java.util.Map<String, String> all = new java.util.TreeMap<>(seriesAttributes);
                all.putAll(attributes);
                values("Attributes", all);
            } else {
                values("Attributes", attributes);
            }
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void seriesEnd() throws IOException {
        if (m.flat()) {
            return;
        }
        try {
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void end() throws IOException {
        try {
            w.writeEndElement(); // DataSet
            w.writeEndElement(); // root
            w.writeEndDocument();
            w.flush();
            stream.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void values(String element, Map<String, String> values) throws XMLStreamException {
        if (values.isEmpty()) {
            return;
        }
        w.writeStartElement(GEN, element);
        for (Map.Entry<String, String> a : values.entrySet()) {
            value(a.getKey(), a.getValue());
        }
        w.writeEndElement();
    }

    private void value(String id, String value) throws XMLStreamException {
        w.writeEmptyElement(GEN, "Value");
        w.writeAttribute("id", id);
        w.writeAttribute("value", value);
    }

    private void text(String ns, String name, String text) throws XMLStreamException {
        w.writeStartElement(ns, name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
