package io.archivo.demo;

/**
 * One illustrative DDI Codebook 2.5 study of the demo catalogue, ready to be uploaded through the normal pipeline.
 *
 * @param processCode the inventory process it documents (also its {@code serStmt/serName})
 * @param idno        {@code CALI-<code>-<year>}
 * @param xml         the UTF-8 document
 */
public record DemoStudy(String processCode, String idno, int year, String title, byte[] xml) {

    /** A file name for uploads and logs. */
    public String fileName() {
        return idno + ".xml";
    }
}
