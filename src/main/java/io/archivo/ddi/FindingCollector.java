package io.archivo.ddi;

import io.archivo.ddi.ValidationReport.Finding;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Collects schema errors without stopping validation, keeping at most {@link ValidationReport#MAX_FINDINGS}. */
final class FindingCollector implements ErrorHandler {

    private final List<Finding> findings = new ArrayList<>();
    private int truncated;

    @Override
    public void warning(SAXParseException e) {
        // schema warnings concern the schema, not the document
    }

    @Override
    public void error(SAXParseException e) {
        add(e);
    }

    @Override
    public void fatalError(SAXParseException e) {
        add(e);
    }

    private void add(SAXParseException e) {
        if (findings.size() < ValidationReport.MAX_FINDINGS) {
            findings.add(new Finding(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        } else {
            truncated++;
        }
    }

    boolean isEmpty() {
        return findings.isEmpty() && truncated == 0;
    }

    ValidationReport report(String schema, String note) {
        return new ValidationReport(true, schema, note, findings, truncated);
    }
}
