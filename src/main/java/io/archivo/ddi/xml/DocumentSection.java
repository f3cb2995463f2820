package io.archivo.ddi.xml;

import org.xml.sax.Attributes;

/**
 * {@code docDscr}: only its identifier matters to the archive, as the fallback study identifier of files that
 * identify the study nowhere else (IPUMS extracts).
 */
public final class DocumentSection implements CodebookSection {

    private static final String IDNO = "citation/titlStmt/IDNo";

    private String idno;

    @Override
    public boolean start(String path, Attributes attributes) {
        return idno == null && IDNO.equals(path);
    }

    @Override
    public void end(String path, CapturedElement element) {
        if (element != null && idno == null) {
            idno = element.text();
        }
    }

    /** The first non-blank {@code docDscr/citation/titlStmt/IDNo}, or null. */
    public String idno() {
        return idno;
    }
}
