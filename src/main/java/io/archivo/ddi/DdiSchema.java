package io.archivo.ddi;

import io.archivo.common.xml.SecureXml;
import io.archivo.ddi.xml.LegacyNamespaceUpgrade;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.jboss.logging.Logger;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The official DDI Codebook 2.5 schema, compiled once from an installed copy. The compiled {@link Schema} is
 * immutable and thread-safe; each validation takes a fresh {@link ValidatorHandler} from it. The schema set is not
 * shipped with Archivo: an operator installs it and points {@code archivo.ddi.schema-dir} at it (see
 * {@code schemas/ddi/README.md}); without it documents are read but not validated.
 */
public final class DdiSchema {

    public static final String LABEL = "DDI Codebook 2.5.1 (codebook.xsd)";
    private static final String ENTRY = "codebook.xsd";
    private static final Logger LOG = Logger.getLogger(DdiSchema.class);

    private final Schema schema;
    private final Path entry;

    private DdiSchema(Schema schema, Path entry) {
        this.schema = schema;
        this.entry = entry;
    }

    /**
     * Compiles {@code codebook.xsd} found in {@code dir} or in {@code dir/schemas} (the layout of the official
     * download, whose root also holds the catalog and licence).
     *
     * @throws IllegalArgumentException when no codebook.xsd is there or it does not compile
     */
    public static DdiSchema compile(Path dir) {
        Path entry = locate(dir).orElseThrow(() -> new IllegalArgumentException(
                "No " + ENTRY + " in " + dir + " nor in " + dir.resolve("schemas")));
        try {
            Schema schema = SecureXml.newSchemaFactory().newSchema(new StreamSource(entry.toFile()));
            return new DdiSchema(schema, entry);
        } catch (SAXException e) {
            throw new IllegalArgumentException("The DDI schema at " + entry + " does not compile: " + e.getMessage(), e);
        }
    }

    /**
     * The schema from the configured directory, or empty when none is configured or it cannot be used; either way
     * the log says so, once, at startup, because every deposit will then go unvalidated.
     */
    public static Optional<DdiSchema> load(Optional<Path> dir) {
        if (dir.isEmpty()) {
            LOG.warn("No DDI schema is installed (archivo.ddi.schema-dir is not set): DDI documents will be read "
                    + "but not validated. See schemas/ddi/README.md.");
            return Optional.empty();
        }
        try {
            DdiSchema schema = compile(dir.get());
            LOG.infof("DDI validation enabled with %s from %s", LABEL, schema.entry);
            return Optional.of(schema);
        } catch (IllegalArgumentException e) {
            LOG.errorf("DDI schema not usable, DDI documents will not be validated: %s", e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Path> locate(Path dir) {
        for (Path candidate : new Path[] {dir.resolve(ENTRY), dir.resolve("schemas").resolve(ENTRY)}) {
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    public String label() {
        return LABEL;
    }

    /** The compiled codebook.xsd. */
    public Path entry() {
        return entry;
    }

    /**
     * A validator for one document, reporting to {@code errors}. Instance documents may not make it fetch
     * anything: {@code xsi:schemaLocation} hints are ignored (the schema is fully composed) and external access
     * is closed.
     */
    ValidatorHandler newValidatorHandler(FindingCollector errors) {
        ValidatorHandler handler = schema.newValidatorHandler();
        try {
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("Cannot close external access of the DDI validator", e);
        }
        handler.setErrorHandler(errors);
        return handler;
    }

    /**
     * Bare schema validation of a whole document, without reading it into the model: the yardstick for the cost
     * of {@link DdiReader#read}. A legacy codebook gets the same namespace upgrade as in {@code read}; an OAI-PMH
     * wrapper is not unwrapped. Not-well-formed input ends validation with a finding at the break.
     */
    public ValidationReport validateOnly(byte[] document) {
        FindingCollector errors = new FindingCollector();
        LegacyNamespaceUpgrade upgrade = new LegacyNamespaceUpgrade(newValidatorHandler(errors));
        XMLReader reader = SecureXml.newXmlReader();
        reader.setContentHandler(upgrade);
        reader.setErrorHandler(errors);
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(document)));
        } catch (SAXException e) {
            // already recorded through the error handler when it was a parse error
            if (errors.isEmpty()) {
                errors.fatalError(new SAXParseException(e.getMessage(), null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String note = upgrade.upgraded()
                ? "Legacy DDI document validated as DDI 2.5 after namespace upgrade."
                : "Validated against " + LABEL + ".";
        return errors.report(LABEL, note);
    }
}
