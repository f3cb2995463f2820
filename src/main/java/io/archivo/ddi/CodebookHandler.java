package io.archivo.ddi;

import io.archivo.common.xml.UnsafeXmlException;
import io.archivo.ddi.DdiRejectedException.Reason;
import io.archivo.ddi.model.DdiVersion;
import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Variable;
import io.archivo.ddi.xml.CapturedElement;
import io.archivo.ddi.xml.CodebookSection;
import io.archivo.ddi.xml.DataSection;
import io.archivo.ddi.xml.DdiNamespaces;
import io.archivo.ddi.xml.DocumentSection;
import io.archivo.ddi.xml.ElementPath;
import io.archivo.ddi.xml.FileSection;
import io.archivo.ddi.xml.StudySection;
import io.archivo.ddi.xml.TextCapture;
import io.archivo.ddi.xml.VersionDetector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Walks one document: finds the codebook (the root, or inside an OAI-PMH response), hands each top-level
 * section to its mapper, tracks the language in scope, and rejects what the archive cannot take as soon as it is
 * known: a non-codebook at the first element, a missing IDNo or title once the study description is over.
 */
final class CodebookHandler extends DefaultHandler2 {

    private static final String CODEBOOK = "codeBook";
    private static final String OAI_PMH = "OAI-PMH";

    private enum State { BEFORE_ROOT, IN_WRAPPER, IN_CODEBOOK, AFTER_CODEBOOK }

    private final DocumentSection documentSection = new DocumentSection();
    private final StudySection studySection = new StudySection();
    private final FileSection fileSection = new FileSection();
    private final DataSection dataSection;

    private final ElementPath wrapperPath = new ElementPath();
    private final ElementPath sectionPath = new ElementPath();
    private final TextCapture capture = new TextCapture();
    private final ArrayList<String> langs = new ArrayList<>();
    private final Set<String> languages = new LinkedHashSet<>();

    private Locator locator;
    private State state = State.BEFORE_ROOT;
    private int depth; // inside the codeBook: 1 for a section element
    private CodebookSection section;
    private boolean requiredChecked;
    private String dtdSystemId;
    private DdiVersion version;
    private boolean wrapped;
    private String idno;

    CodebookHandler(Consumer<Variable> sink) {
        this.dataSection = new DataSection(sink);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
        dtdSystemId = systemId; // never fetched; only a hint of the version
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String lang = languageOf(atts);
        langs.add(lang);
        switch (state) {
            case BEFORE_ROOT -> {
                if (CODEBOOK.equals(localName)) {
                    startCodebook(uri, atts);
                } else if (OAI_PMH.equals(localName)) {
                    state = State.IN_WRAPPER;
                    wrapperPath.push(localName);
                } else {
                    throw reject(Reason.NOT_A_CODEBOOK, "The root element is <" + qName
                            + ">; expected <codeBook> or an OAI-PMH response with a codeBook in its metadata");
                }
            }
            case IN_WRAPPER -> {
                if (CODEBOOK.equals(localName) && wrapperPath.endsWith("metadata")) {
                    wrapped = true;
                    startCodebook(uri, atts);
                } else {
                    wrapperPath.push(localName);
                }
            }
            case IN_CODEBOOK -> startInCodebook(localName, atts, lang);
            case AFTER_CODEBOOK -> {
            }
        }
    }

    private void startCodebook(String uri, Attributes atts) {
        state = State.IN_CODEBOOK;
        depth = 0;
        String versionAttr = atts.getValue("", "version");
        String schemaLocation = atts.getValue(DdiNamespaces.XSI, "schemaLocation");
        if (schemaLocation == null) {
            schemaLocation = atts.getValue("", "schemaLocation"); // old Nesstar exports forget the xsi prefix
        }
        String grammar = (dtdSystemId == null ? "" : dtdSystemId) + " " + (schemaLocation == null ? "" : schemaLocation);
        version = VersionDetector.detect(uri, versionAttr, grammar);
    }

    private void startInCodebook(String localName, Attributes atts, String lang) {
        depth++;
        capture.elementBoundary(localName);
        if (depth == 1) {
            section = sectionFor(localName);
            sectionPath.clear();
            if (section != null) {
                capture.start(section.start("", atts), depth, atts, lang);
            }
            return;
        }
        if (section != null) {
            sectionPath.push(localName);
            capture.start(section.start(sectionPath.toString(), atts), depth, atts, lang);
        }
    }

    private CodebookSection sectionFor(String localName) {
        switch (localName) {
            case "docDscr":
                return documentSection;
            case "stdyDscr":
                return studySection;
            case "fileDscr":
                checkRequired();
                return fileSection;
            case "dataDscr":
                checkRequired();
                return dataSection;
            default:
                checkRequired();
                return null;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        langs.remove(langs.size() - 1);
        switch (state) {
            case IN_WRAPPER -> wrapperPath.pop();
            case IN_CODEBOOK -> endInCodebook(localName);
            default -> {
            }
        }
    }

    private void endInCodebook(String localName) {
        if (depth == 0) {
            checkRequired();
            state = State.AFTER_CODEBOOK;
            return;
        }
        CapturedElement element = capture.end(depth);
        capture.elementBoundary(localName);
        if (section != null) {
            section.end(depth == 1 ? "" : sectionPath.toString(), element);
            if (depth > 1) {
                sectionPath.pop();
            }
        }
        if (depth == 1) {
            section = null;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        capture.characters(ch, start, length);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        // only happens for an entity declared in the external DTD, which is never loaded
        throw new UnsafeXmlException("The entity reference &" + name + "; needs the external DTD, which is never "
                + "loaded; write the character itself or a numeric reference");
    }

    @Override
    public void endDocument() {
        if (state != State.AFTER_CODEBOOK) {
            throw reject(Reason.NOT_A_CODEBOOK, "The OAI-PMH response holds no codeBook in a metadata element");
        }
    }

    /** After the study description (and the document description before it) the identity must be known. */
    private void checkRequired() {
        if (requiredChecked) {
            return;
        }
        requiredChecked = true;
        idno = studySection.idno() != null ? studySection.idno() : documentSection.idno();
        if (idno == null) {
            throw reject(Reason.MISSING_IDNO, "Neither stdyDscr/citation/titlStmt/IDNo nor "
                    + "docDscr/citation/titlStmt/IDNo holds a study identifier");
        }
        if (!studySection.hasTitle()) {
            throw reject(Reason.MISSING_TITLE, "stdyDscr/citation/titlStmt/titl is missing or empty");
        }
    }

    /** {@code xml:lang}, or the {@code xml-lang} attribute some Nesstar exports use, else the one in scope. */
    private String languageOf(Attributes atts) {
        String lang = atts.getValue(DdiNamespaces.XML, "lang");
        if (lang == null) {
            lang = atts.getValue("", "xml-lang");
        }
        if (lang != null && !lang.isBlank()) {
            lang = lang.trim();
            languages.add(lang);
            return lang;
        }
        return langs.isEmpty() ? null : langs.get(langs.size() - 1);
    }

    private DdiRejectedException reject(Reason reason, String detail) {
        int line = locator == null ? -1 : locator.getLineNumber();
        int column = locator == null ? -1 : locator.getColumnNumber();
        return new DdiRejectedException(reason, detail, line, column);
    }

    Locator locator() {
        return locator;
    }

    DdiVersion version() {
        return version;
    }

    boolean wrapped() {
        return wrapped;
    }

    int variableCount() {
        return dataSection.count();
    }

    StudyDescription study() {
        return studySection.toStudy(version, idno, fileSection.files(), new ArrayList<>(languages));
    }
}
