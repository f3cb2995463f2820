package io.archivo.inventory.testsupport;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The official DDI Codebook 2.5 schema, read in place from the shared folder ({@code archivo.shared.dir}, default
 * {@code ../shared}). Tests that need it are skipped, with a message, when it is absent.
 */
public final class DdiSchema {

    private static Schema schema;

    private DdiSchema() {
    }

    public static synchronized Schema get() throws Exception {
        if (schema == null) {
            Path xsd = Path.of(System.getProperty("archivo.shared.dir", "../shared"),
                    "schemas", "ddi-codebook-2.5", "schemas", "codebook.xsd");
            Assumptions.assumeTrue(Files.isRegularFile(xsd), "DDI 2.5 schema not found at " + xsd + "; skipping");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // codebook.xsd imports the XHTML modules, whose DOCTYPE loads local .ent files
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            schema = factory.newSchema(new StreamSource(xsd.toFile()));
        }
        return schema;
    }

    /** Every schema error of {@code xml}, as "line:column message"; empty when valid. */
    public static List<String> errorsOf(byte[] xml) throws Exception {
        List<String> errors = new ArrayList<>();
        Validator validator = get().newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return errors;
    }
}
