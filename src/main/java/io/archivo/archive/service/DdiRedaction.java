package io.archivo.archive.service;

import io.archivo.common.xml.SecureXml;
import io.archivo.ddi.ValidationReport;
import io.archivo.ddi.model.VariableKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamResult;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Removes sensitive variables from a DDI document, for callers who may not see personal data, leaving no trace of
 * them and a document that is still valid DDI (docs/access.md, "DDI downloads"):
 * <ul>
 * <li>the {@code <var>} elements whose name (as a {@link VariableKey}) is listed, with everything inside them;</li>
 * <li>every reference to them or to anything inside them (categories): IDREF(S) attributes such as
 * {@code varGrp/@var}, {@code derivation/@var}, {@code @wgt-var}, {@code qstn/@var}, {@code notes/@parent} lose the
 * removed tokens (an emptied attribute is dropped); an element whose single or required reference pointed at them
 * ({@code dmns}, {@code dataItem}, {@code mi}, a note attached only to them) goes;</li>
 * <li>{@code nCube}s with a dimension on a removed variable, and {@code varGrp}s made only of removed variables
 * (their own IDs then vanish from other references too);</li>
 * <li>{@code notes} whose text names a removed variable (its name or ID as a whole word);</li>
 * <li>every XML comment: comments are not content, and the identity copy passes them around element filters;</li>
 * <li>{@code fileDscr/fileTxt/dimensns/varQnty} is recomputed without the removed variables.</li>
 * </ul>
 * It reads twice with the same hardened SAX parser as ingest: once to find what goes, once to copy the rest.
 */
final class DdiRedaction {

    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";
    /** IDREF(S) attributes of DDI 2.5 (codebook.xsd) that may point at a variable, a category or a cube. */
    private static final Set<String> REFERENCE_ATTRIBUTES = Set.of("var", "varGrp", "varRef", "wgt-var", "weight",
            "qstn", "catgry", "catGrp", "catRef", "nCube", "nCubeGrp", "nCubeRef", "keyvar", "parent", "sameNote",
            "refs", "sdatrefs", "coordValRef", "level", "relatedProcesses");
    /** References that, once empty, leave their element about nothing: the element goes with them. */
    private static final Set<String> DEFINING_REFERENCES = Set.of("varRef", "nCubeRef", "catRef", "coordValRef",
            "refs", "sameNote", "level");

    private DdiRedaction() {
    }

    /** The document without the variables whose {@link VariableKey} is in {@code keys}; as is when none matches. */
    static byte[] withoutVariables(byte[] content, Set<String> keys) {
        if (keys.isEmpty()) {
            return content;
        }
        Plan plan = survey(content, keys);
        if (plan.removedNames.isEmpty()) {
            return content;
        }
        try {
            Redactor filter = new Redactor(plan);
            filter.setParent(SecureXml.newXmlReader());
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer identity = factory.newTransformer();
            identity.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
            identity.transform(new SAXSource(filter, new InputSource(new ByteArrayInputStream(content))),
                    new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot redact a stored DDI document", e);
        }
    }

    /**
     * The validation report of {@code content} without the findings that could quote a removed variable: those
     * positioned inside one of its elements, and those whose message names it or anything inside it (an ID, a
     * category). Counts follow, so that the public figures describe the public view.
     */
    static ValidationReport withoutFindingsOn(ValidationReport report, byte[] content, Set<String> keys) {
        if (keys.isEmpty() || report.findingCount() == 0) {
            return report;
        }
        Plan plan = survey(content, keys);
        if (plan.removedNames.isEmpty()) {
            return report;
        }
        List<ValidationReport.Finding> kept = report.findings().stream()
                .filter(f -> plan.spans.stream().noneMatch(span -> span.contains(f.line(), f.column()))
                        && !plan.naming.matcher(f.message()).find())
                .toList();
        return new ValidationReport(report.schemaAvailable(), report.schema(), report.note(), kept, report.truncated());
    }

    /** From the end of a start tag to the end of its end tag, as 1-based line and column (SAX locator positions). */
    private record Span(int fromLine, int fromColumn, int toLine, int toColumn) {
        boolean contains(int line, int column) {
            boolean afterStart = line > fromLine || line == fromLine && column >= fromColumn;
            boolean beforeEnd = line < toLine || line == toLine && column <= toColumn;
            return line > 0 && afterStart && beforeEnd;
        }
    }

    /** What the first reading found: what to drop, what to unreference, how many variables each file loses. */
    private record Plan(Set<String> keys, Set<String> removedIds, Set<String> removedNames, Set<Integer> droppedCubes,
            Set<Integer> droppedGroups, Map<String, Integer> removedPerFile, Pattern naming, List<Span> spans) {
    }

    private static Plan survey(byte[] content, Set<String> keys) {
        Survey survey = new Survey(keys);
        try {
            XMLReader reader = SecureXml.newXmlReader();
            reader.setContentHandler(survey);
            reader.parse(new InputSource(new ByteArrayInputStream(content)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Cannot redact a stored DDI document", e);
        }
        return survey.plan();
    }

    static boolean isRemovedVar(String localName, Attributes atts, Set<String> keys) {
        String name = atts.getValue("name");
        return "var".equals(localName) && name != null && keys.contains(VariableKey.of(name));
    }

    private static List<String> tokens(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.trim().split("\\s+"));
    }

    /** First reading: the removed variables, what they contain, and the cubes and groups that are about them. */
    private static final class Survey extends DefaultHandler {
        private final Set<String> keys;
        private final Set<String> removedIds = new HashSet<>();
        private final Set<String> removedNames = new LinkedHashSet<>();
        private final List<List<String>> removedFiles = new ArrayList<>();
        private final List<String> fileIds = new ArrayList<>();
        private final Map<Integer, List<String>> cubeDimensions = new HashMap<>();
        private final Map<Integer, Set<String>> cubeIds = new HashMap<>();
        private final Map<Integer, List<String>> groupVars = new HashMap<>();
        private final Map<Integer, String> groupIds = new HashMap<>();
        private int removedDepth;
        private int cubes;
        private int groups;
        private int cubeDepth;
        private final List<Span> spans = new ArrayList<>();
        private Locator locator;
        private int spanLine;
        private int spanColumn;

        Survey(Set<String> keys) {
            this.keys = keys;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String id = atts.getValue("ID");
            if ("nCube".equals(localName)) {
                cubes++;
                cubeDepth = 0;
            }
            if ("nCube".equals(localName) || cubeDepth > 0) {
                cubeDepth++;
                cubeIds.computeIfAbsent(cubes, c -> new HashSet<>()).add(id);
                if ("dmns".equals(localName) && atts.getValue("varRef") != null) {
                    cubeDimensions.computeIfAbsent(cubes, c -> new ArrayList<>()).add(atts.getValue("varRef").trim());
                }
            }
            if ("varGrp".equals(localName)) {
                groups++;
                if (atts.getValue("varGrp") == null) {
                    groupVars.put(groups, tokens(atts.getValue("var")));
                    groupIds.put(groups, id);
                }
            }
            if ("fileDscr".equals(localName)) {
                fileIds.add(id == null ? "" : id);
            }
            if (removedDepth > 0) {
                removedDepth++;
                removedIds.add(id);
                return;
            }
            if (isRemovedVar(localName, atts, keys)) {
                removedDepth = 1;
                spanLine = locator == null ? -1 : locator.getLineNumber();
                spanColumn = locator == null ? -1 : locator.getColumnNumber();
                removedIds.add(id);
                removedNames.add(atts.getValue("name").trim());
                removedFiles.add(tokens(atts.getValue("files")));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (removedDepth > 0 && --removedDepth == 0 && locator != null) {
                spans.add(new Span(spanLine, spanColumn, locator.getLineNumber(), locator.getColumnNumber()));
            }
            if (cubeDepth > 0) {
                cubeDepth--;
            }
        }

        Plan plan() {
            removedIds.remove(null);
            Set<String> ids = new HashSet<>(removedIds);
            Set<String> variableIds = Set.copyOf(removedIds);
            Set<Integer> droppedCubes = new HashSet<>();
            cubeDimensions.forEach((cube, dims) -> {
                if (dims.stream().anyMatch(variableIds::contains)) {
                    droppedCubes.add(cube);
                    ids.addAll(cubeIds.get(cube));
                }
            });
            Set<Integer> droppedGroups = new HashSet<>();
            groupVars.forEach((group, vars) -> {
                if (!vars.isEmpty() && variableIds.containsAll(vars)) {
                    droppedGroups.add(group);
                    ids.add(groupIds.get(group));
                }
            });
            ids.remove(null);
            Map<String, Integer> perFile = new HashMap<>();
            for (List<String> files : removedFiles) {
                List<String> owners = files.isEmpty() && fileIds.size() == 1 ? fileIds : files;
                owners.forEach(f -> perFile.merge(f, 1, Integer::sum));
            }
            Set<String> words = new LinkedHashSet<>(removedNames);
            words.addAll(variableIds);
            Pattern naming = words.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}_])(?:"
                    + words.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}_])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return new Plan(keys, ids, removedNames, droppedCubes, droppedGroups, perFile, naming, spans);
        }
    }

    /** One recorded SAX event of a {@code notes} element, replayed only if the note does not name a removed variable. */
    private interface Event {
        void replay(ContentHandler handler) throws SAXException;
    }

    /** Second reading: copies the document without what the plan removes. */
    private static final class Redactor extends XMLFilterImpl implements LexicalHandler {
        private final Plan plan;
        private LexicalHandler lexical;
        private int skipping;
        private int cubes;
        private int groups;
        private String currentFile = "";
        private StringBuilder varQnty;
        private List<Event> note;
        private int noteDepth;
        private final StringBuilder noteText = new StringBuilder();

        Redactor(Plan plan) {
            this.plan = plan;
        }

        // the identity transformer registers itself as lexical handler: keep it, and stand in between
        @Override
        public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
            if (LEXICAL_HANDLER.equals(name)) {
                lexical = (LexicalHandler) value;
                super.setProperty(name, this);
                return;
            }
            super.setProperty(name, value);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            boolean cube = "nCube".equals(localName) && plan.droppedCubes.contains(++cubes);
            boolean group = "varGrp".equals(localName) && plan.droppedGroups.contains(++groups);
            if (skipping > 0) {
                skipping++;
                return;
            }
            AttributesImpl kept = new AttributesImpl();
            boolean aboutRemoved = cube || group || isRemovedVar(localName, atts, plan.keys)
                    || !unreference(localName, atts, kept);
            if (aboutRemoved) {
                skipping = 1;
                return;
            }
            if ("fileDscr".equals(localName)) {
                String id = atts.getValue("ID");
                currentFile = id == null ? "" : id;
            }
            if ("varQnty".equals(localName)) {
                varQnty = new StringBuilder();
            }
            if ("notes".equals(localName) && note == null) {
                note = new ArrayList<>();
                noteDepth = 0;
                noteText.setLength(0);
            }
            if (note != null) {
                noteDepth++;
                for (int i = 0; i < kept.getLength(); i++) {
                    noteText.append(' ').append(kept.getValue(i));
                }
                AttributesImpl copy = new AttributesImpl(kept);
                note.add(h -> h.startElement(uri, localName, qName, copy));
                return;
            }
            super.startElement(uri, localName, qName, kept);
        }

        /**
         * Copies the attributes into {@code kept} without references to removed things; false when the element
         * itself is about a removed thing (a defining reference, or a note attached only to it).
         */
        private boolean unreference(String localName, Attributes atts, AttributesImpl kept) {
            for (int i = 0; i < atts.getLength(); i++) {
                String name = atts.getLocalName(i).isEmpty() ? atts.getQName(i) : atts.getLocalName(i);
                if (!REFERENCE_ATTRIBUTES.contains(name)) {
                    kept.addAttribute(atts.getURI(i), atts.getLocalName(i), atts.getQName(i), atts.getType(i),
                            atts.getValue(i));
                    continue;
                }
                List<String> tokens = tokens(atts.getValue(i));
                List<String> left = tokens.stream().filter(t -> !plan.removedIds.contains(t)).toList();
                if (left.size() == tokens.size()) {
                    kept.addAttribute(atts.getURI(i), atts.getLocalName(i), atts.getQName(i), atts.getType(i),
                            atts.getValue(i));
                } else if (left.isEmpty() && (DEFINING_REFERENCES.contains(name)
                        || "notes".equals(localName) && "parent".equals(name))) {
                    return false;
                } else if (!left.isEmpty()) {
                    kept.addAttribute(atts.getURI(i), atts.getLocalName(i), atts.getQName(i), atts.getType(i),
                            String.join(" ", left));
                }
            }
            return true;
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (skipping > 0) {
                skipping--;
                return;
            }
            if (varQnty != null && "varQnty".equals(localName)) {
                String text = recount(varQnty.toString());
                varQnty = null;
                characters(text.toCharArray(), 0, text.length());
            }
            if (note != null) {
                note.add(h -> h.endElement(uri, localName, qName));
                if (--noteDepth == 0) {
                    List<Event> events = note;
                    note = null;
                    if (!plan.naming.matcher(noteText).find()) {
                        for (Event e : events) {
                            e.replay(getContentHandler());
                        }
                    }
                }
                return;
            }
            super.endElement(uri, localName, qName);
        }

        private String recount(String text) {
            Integer removed = plan.removedPerFile.get(currentFile);
            try {
                return removed == null ? text : String.valueOf(Math.max(0, Long.parseLong(text.trim()) - removed));
            } catch (NumberFormatException e) {
                return text;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (skipping > 0) {
                return;
            }
            if (varQnty != null) {
                varQnty.append(ch, start, length);
                return;
            }
            if (note != null) {
                char[] copy = Arrays.copyOfRange(ch, start, start + length);
                noteText.append(copy);
                note.add(h -> h.characters(copy, 0, copy.length));
                return;
            }
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (skipping == 0) {
                characters(ch, start, length);
            }
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            if (skipping == 0 && note == null) {
                super.processingInstruction(target, data);
            }
        }

        @Override
        public void comment(char[] ch, int start, int length) {
            // never copied: a comment may name or hold what was removed
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            if (lexical != null) {
                lexical.startDTD(name, publicId, systemId);
            }
        }

        @Override
        public void endDTD() throws SAXException {
            if (lexical != null) {
                lexical.endDTD();
            }
        }

        @Override
        public void startEntity(String name) {
            // entities are expanded in the copy
        }

        @Override
        public void endEntity(String name) {
        }

        @Override
        public void startCDATA() {
            // CDATA text is copied as escaped text, which is the same content
        }

        @Override
        public void endCDATA() {
        }
    }
}
