package io.archivo.harvest;

import io.archivo.ddi.model.Party;
import io.archivo.ddi.model.Term;
import io.archivo.ddi.model.Text;
import io.archivo.harvest.source.ProcessFacts;
import io.archivo.harvest.source.PublicStudy;
import io.archivo.ddi.model.StudyDescription;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The {@code oai_dc} record of a public study, mapped from its DDI (the table is in docs/harvesting.md). */
final class DublinCore {

    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private DublinCore() {
    }

    static String record(PublicStudy study, ProcessFacts process, String license, String publisher) {
        StringWriter text = new StringWriter(2048);
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(text);
            StudyDescription d = study.description();
            w.writeStartElement("oai_dc", "dc", OAI_DC);
            w.writeNamespace("oai_dc", OAI_DC);
            w.writeNamespace("dc", DC);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("xsi", XSI, "schemaLocation", OAI_DC + " " + SCHEMA);
            if (d.titles().isEmpty()) {
                element(w, "title", study.title(), null);
            }
            for (Text t : d.titles()) {
                element(w, "title", t.value(), t.lang());
            }
            for (Text t : d.parallelTitles()) {
                element(w, "title", t.value(), t.lang());
            }
            for (Party p : d.authoringEntities()) {
                element(w, "creator", p.name(), null);
            }
            Set<String> subjects = new LinkedHashSet<>();
            for (Term t : d.keywords()) {
                if (subjects.add(t.value())) {
                    element(w, "subject", t.value(), t.lang());
                }
            }
            for (Term t : d.topics()) {
                if (subjects.add(t.value())) {
                    element(w, "subject", t.value(), t.lang());
                }
            }
            if (process != null && process.thematicArea() != null && subjects.add(process.thematicArea())) {
                element(w, "subject", process.thematicArea(), "es");
            }
            for (Text t : d.abstracts()) {
                element(w, "description", t.value(), t.lang());
            }
            element(w, "publisher", publisherOf(d, process, publisher), null);
            if (study.publishedAt() != null) {
                element(w, "date", study.publishedAt().format(DateTimeFormatter.ISO_LOCAL_DATE), null);
            }
            element(w, "type", "Dataset", null);
            for (Text t : d.kindOfData()) {
                element(w, "type", t.value(), t.lang());
            }
            element(w, "identifier", study.idno(), null);
            for (String lang : d.languages()) {
                element(w, "language", lang, null);
            }
            if (process != null) {
                element(w, "relation", "Proceso estadístico " + process.code() + ": " + process.name(), "es");
            }
            Coverage time = Coverage.of(d.timePeriods());
            if (time != null) {
                element(w, "coverage", time.interval(), null);
            }
            for (Text t : d.geographicCoverage()) {
                element(w, "coverage", t.value(), t.lang());
            }
            for (Text t : d.nations()) {
                element(w, "coverage", t.value(), t.lang());
            }
            element(w, "rights", Ley1712.STATEMENT, "es");
            element(w, "rights", license, null);
            for (Text t : d.accessConditions()) {
                element(w, "rights", t.value(), t.lang());
            }
            w.writeEndElement();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write an oai_dc record", e);
        }
        return text.toString();
    }

    /** The study's distributor or producer when it names one, else the municipality and the department. */
    static String publisherOf(StudyDescription d, ProcessFacts process, String publisher) {
        if (!d.distributors().isEmpty()) {
            return d.distributors().get(0).name();
        }
        if (process != null && process.departmentLabel() != null) {
            return publisher + " - " + process.departmentLabel();
        }
        return d.producers().isEmpty() ? publisher : d.producers().get(0).name();
    }

    private static void element(XMLStreamWriter w, String name, String value, String lang) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        w.writeStartElement("dc", name, DC);
        if (lang != null && !lang.isBlank()) {
            w.writeAttribute("xml", XML, "lang", lang);
        }
        w.writeCharacters(value.strip());
        w.writeEndElement();
    }
}
