package io.archivo.ddi;

import io.archivo.common.xml.SecureXml;
import io.archivo.common.xml.TeeContentHandler;
import io.archivo.ddi.DdiRejectedException.Reason;
import io.archivo.ddi.model.DdiVersion;
import io.archivo.ddi.model.Variable;
import io.archivo.ddi.xml.LegacyNamespaceUpgrade;
import io.archivo.ddi.xml.SubtreeFeed;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads a DDI Codebook (1.2.2, 2.0, 2.1 or 2.5, bare or inside an OAI-PMH {@code GetRecord} response) in one
 * streaming SAX pass: the study description is returned, each variable goes to the caller's sink as soon as it
 * has been read, and when a schema is installed the same events feed the DDI 2.5 validator, so parsing and
 * validation cost one pass. Reading ignores namespaces (as NADA does); validation does not.
 *
 * <p>Thread-safe: every call uses its own parser and validator.
 */
public class DdiReader {

    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    private final DdiSchema schema;

    /** @param schema the installed DDI schema, or null to read without validating */
    public DdiReader(DdiSchema schema) {
        this.schema = schema;
    }

    /**
     * Reads {@code in} (not closed here) and sends every {@code dataDscr/var} to {@code variableSink}, in document
     * order. A rejection may come after some variables were sent: the caller must discard them (one transaction).
     *
     * @throws DdiRejectedException when the document is not a well-formed, safe codebook with an IDNo and a title
     * @throws UncheckedIOException when the stream itself fails
     */
    public DdiReadResult read(InputStream in, Consumer<Variable> variableSink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(variableSink, "variableSink");
        CodebookHandler codebook = new CodebookHandler(variableSink);
        FindingCollector findings = schema == null ? null : new FindingCollector();
        LegacyNamespaceUpgrade upgrade = schema == null ? null
                : new LegacyNamespaceUpgrade(schema.newValidatorHandler(findings));
        ContentHandler events = upgrade == null ? codebook : new TeeContentHandler(codebook, new SubtreeFeed(upgrade));

        XMLReader reader = SecureXml.newXmlReader();
        reader.setContentHandler(events);
        reader.setErrorHandler(STRICT);
        try {
            reader.setProperty(LEXICAL_HANDLER, codebook); // for the DOCTYPE system id, a version hint
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("The SAX parser does not report DOCTYPEs", e);
        }
        try {
            reader.parse(new InputSource(in));
        } catch (SAXParseException e) {
            throw rejection(e, e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException e) {
            Locator at = codebook.locator();
            throw rejection(e, at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber());
        } catch (CharConversionException e) {
            // bytes that are not in the declared encoding: a well-formedness error the parser reports as I/O
            Locator at = codebook.locator();
            throw new DdiRejectedException(Reason.NOT_WELL_FORMED, e.getMessage(),
                    at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ValidationReport report = findings == null ? ValidationReport.notValidated(NO_SCHEMA)
                : findings.report(schema.label(), validationNote(codebook.version(), upgrade.upgraded(),
                        codebook.wrapped()));
        return new DdiReadResult(codebook.study(), codebook.variableCount(), report, codebook.wrapped());
    }

    static final String NO_SCHEMA = "No DDI schema is installed (archivo.ddi.schema-dir is not set): "
            + "the document was not validated.";

    private static String validationNote(DdiVersion version, boolean upgraded, boolean wrapped) {
        String note = upgraded
                ? "Legacy DDI " + version.label() + " document validated as DDI 2.5 after namespace upgrade."
                : "Validated against " + DdiSchema.LABEL + ".";
        return wrapped ? note + " The codeBook was validated on its own, without its OAI-PMH envelope." : note;
    }

    private static DdiRejectedException rejection(SAXException e, int line, int column) {
        Throwable cause = e.getException();
        if (cause instanceof DdiRejectedException rejected) {
            return rejected;
        }
        if (SecureXml.isUnsafeXml(e)) {
            return new DdiRejectedException(Reason.UNSAFE_XML, unsafeDetail(e), line, column);
        }
        return new DdiRejectedException(Reason.NOT_WELL_FORMED, e.getMessage(), line, column);
    }

    private static String unsafeDetail(SAXException e) {
        String message = e.getMessage();
        if (message != null && message.contains("JAXP00010001")) {
            return "More than " + SecureXml.ENTITY_EXPANSION_LIMIT + " entity expansions (a \"billion laughs\" "
                    + "document?); the limit is there to protect the archive";
        }
        if (message != null && message.contains("JAXP0001")) {
            return "An XML safety limit was reached: " + message;
        }
        return message;
    }

    /** Well-formedness errors end the read; the parser's own recoverable errors are errors too. */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };
}
