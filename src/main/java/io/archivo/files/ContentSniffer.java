package io.archivo.files;

import io.archivo.common.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Decides a staged file's media type from its bytes (magic numbers; the ZIP directory for Office files), not from
 * its name, and refuses names whose promise the bytes break (a binary ".csv", a ".xlsx" that is no workbook) and
 * ZIPs that declare a bomb's expansion: all before anything is stored or expanded.
 */
public final class ContentSniffer {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String SAV = "application/x-spss-sav";
    public static final String DTA = "application/x-stata-dta";
    public static final String PARQUET = "application/vnd.apache.parquet";
    private static final int SAMPLE = 8192;
    private static final int MAX_ZIP_ENTRIES = 10_000;

    /** What extensions promise: the detected type must be one of these. */
    private static final Map<String, String> PROMISES = Map.of(
            "csv", CSV, "tsv", CSV, "xlsx", XLSX, "sav", SAV, "dta", DTA, "parquet", PARQUET,
            "pdf", "application/pdf", "zip", "application/zip");

    private ContentSniffer() {
    }

    public static String detect(Path file, String name, long maxExpanded, int maxRatio) throws IOException {
        byte[] head = new byte[SAMPLE];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, SAMPLE);
        }
        String ext = extension(name);
        String type = magic(head, n);
        if (type == null) {
            type = isText(head, n) ? (ext.equals("csv") || ext.equals("tsv") || ext.equals("txt") ? CSV
                    : ext.equals("json") ? "application/json" : "text/plain") : "application/octet-stream";
        }
        if (type.equals("application/zip")) {
            type = inspectZip(file, maxExpanded, maxRatio);
        }
        String promised = PROMISES.get(ext);
        if (promised != null && !promised.equals(type)) {
            throw new ProblemException(415, "content-mismatch", "The content does not match the file name",
                    "'" + name + "' is named ." + ext + " but its content is " + type)
                    .with("detectedMediaType", type);
        }
        return type;
    }

    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String magic(byte[] b, int n) {
        if (starts(b, n, 'P', 'K', 3, 4) || starts(b, n, 'P', 'K', 5, 6)) {
            return "application/zip";
        }
        if (starts(b, n, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(b, n, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, n, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(b, n, '$', 'F', 'L', '2') || starts(b, n, '$', 'F', 'L', '3')) {
            return SAV;
        }
        if (starts(b, n, '<', 's', 't', 'a', 't', 'a', '_', 'd', 't', 'a', '>')) {
            return DTA;
        }
        if (starts(b, n, 'P', 'A', 'R', '1')) {
            return PARQUET;
        }
        if (starts(b, n, 0x1F, 0x8B)) {
            return "application/gzip";
        }
        if (starts(b, n, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "application/x-ole-storage";
        }
        return null;
    }

    private static boolean starts(byte[] b, int n, int... sig) {
        if (n < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text: no NUL byte and (almost) no control characters other than tab, CR, LF, FF in the sample. */
    static boolean isText(byte[] b, int n) {
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != 0x1A) {
                controls++;
            }
        }
        return controls * 100 <= n;
    }

    /**
     * Reads the ZIP's central directory only (nothing is inflated): declared sizes over the limit, an expansion
     * ratio beyond any real workbook, or too many entries are refused. POI checks the real ratio again while
     * profiling ({@code ZipSecureFile}), so a directory that lies is caught there.
     */
    private static String inspectZip(Path file, long maxExpanded, int maxRatio) throws IOException {
        boolean workbook = false;
        long total = 0;
        int entries = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> e = zip.entries();
            while (e.hasMoreElements()) {
                ZipEntry entry = e.nextElement();
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw bomb("it has more than " + MAX_ZIP_ENTRIES + " entries");
                }
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size > 0) {
                    total += size;
                }
                if (total > maxExpanded) {
                    throw bomb("it expands to more than " + maxExpanded + " bytes");
                }
                if (size > 1_000_000 && packed > 0 && size / packed > maxRatio) {
                    throw bomb("its part '" + entry.getName() + "' expands " + size / packed + " times");
                }
                workbook |= entry.getName().equals("xl/workbook.xml");
            }
        } catch (java.util.zip.ZipException broken) {
            throw new ProblemException(415, "content-mismatch", "Broken ZIP", "The file starts like a ZIP but is not"
                    + " a readable one: " + broken.getMessage());
        }
        return workbook ? XLSX : "application/zip";
    }

    private static ProblemException bomb(String why) {
        return ProblemException.unprocessable("zip-bomb", "Archive refused before expansion",
                "The file is a ZIP and " + why + "; it is refused without being expanded");
    }
}
