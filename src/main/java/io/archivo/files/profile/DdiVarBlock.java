package io.archivo.files.profile;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * DDI Codebook 2.5 {@code var} elements for columns that have no variable yet, from their profile: name, a label to
 * complete, summary statistics, the categories with their frequencies for coded columns, and the format. Wrapped
 * in a {@code dataDscr} so it can be pasted into (or merged with) the study's DDI; the editor completes labels and
 * questions and uploads the new version.
 */
public final class DdiVarBlock {

    public static final String NS = "ddi:codebook:2_5";
    private static final XMLOutputFactory OUT = XMLOutputFactory.newFactory();

    private DdiVarBlock() {
    }

    public static String of(List<TableProfile.Column> columns, String fileDscrId, Set<String> takenIds) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter w = OUT.createXMLStreamWriter(text);
            w.writeStartElement("dataDscr");
            w.writeDefaultNamespace(NS);
            Set<String> ids = new HashSet<>(takenIds);
            for (TableProfile.Column c : columns) {
                var(w, c, fileDscrId, uniqueId(c.name(), ids));
            }
            w.writeEndElement();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text + "\n";
    }

    private static void var(XMLStreamWriter w, TableProfile.Column c, String fileDscrId, String id)
            throws XMLStreamException {
        boolean coded = c.distinctExact() && c.topCategories() != null && c.distinct() <= c.topCategories().size()
                && (c.type().equals("integer") || c.type().equals("text"));
        w.writeCharacters("\n  ");
        w.writeStartElement("var");
        w.writeAttribute("ID", id);
        w.writeAttribute("name", xml(c.name()));
        if (fileDscrId != null) {
            w.writeAttribute("files", fileDscrId);
        }
        if (coded || c.numeric()) {
            w.writeAttribute("intrvl", coded ? "discrete" : "contin");
        }
        element(w, "labl", null, xml(c.name()));
        stat(w, "vald", String.valueOf(c.cases() - c.missing()));
        stat(w, "invd", String.valueOf(c.missing()));
        if (c.numeric()) {
            stat(w, "min", number(c.min()));
            stat(w, "max", number(c.max()));
            stat(w, "mean", number(c.mean()));
            stat(w, "stdev", number(c.stddev()));
        }
        if (coded) {
            for (TableProfile.Category cat : c.topCategories()) {
                w.writeCharacters("\n    ");
                w.writeStartElement("catgry");
                w.writeStartElement("catValu");
                w.writeCharacters(xml(cat.value()));
                w.writeEndElement();
                w.writeStartElement("catStat");
                w.writeAttribute("type", "freq");
                w.writeCharacters(String.valueOf(cat.count()));
                w.writeEndElement();
                w.writeEndElement();
            }
        }
        w.writeCharacters("\n    ");
        w.writeEmptyElement("varFormat");
        w.writeAttribute("type", c.numeric() ? "numeric" : "character");
        if (c.type().equals("date")) {
            w.writeAttribute("category", "date");
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
    }

    private static void stat(XMLStreamWriter w, String type, String value) throws XMLStreamException {
        element(w, "sumStat", type, value);
    }

    private static void element(XMLStreamWriter w, String name, String type, String value) throws XMLStreamException {
        w.writeCharacters("\n    ");
        w.writeStartElement(name);
        if (type != null) {
            w.writeAttribute("type", type);
        }
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static String number(Double d) {
        return d == null ? "" : d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    /** Text XML 1.0 can carry: control characters (other than tab and line breaks) and non-characters dropped. */
    private static String xml(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    /** An xs:ID (an NCName) from the column name, unique among the study's variable IDs. */
    static String uniqueId(String name, Set<String> taken) {
        String base = "V_" + name.replaceAll("[^A-Za-z0-9_.-]", "_");
        String id = base;
        for (int i = 2; !taken.add(id); i++) {
            id = base + "_" + i;
        }
        return id;
    }
}
