package io.archivo.files.profile;

import io.archivo.common.problem.ProblemException;
import io.archivo.common.xml.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of a workbook row by row with Apache POI's event API (the sheet XML goes through the
 * archive's hardened SAX reader; no cell model is built). POI measures the real inflation of every part while
 * reading ({@link ZipSecureFile}), so a bomb whose ZIP directory lies about its sizes is refused here too.
 * Shared strings are held in memory (POI's read-only table): workbooks are bounded by the expansion limit.
 */
public final class XlsxReader {

    private final long maxExpandedBytes;
    private String sheetName;
    private final List<String> otherSheets = new ArrayList<>();

    public XlsxReader(long maxExpandedBytes) {
        this.maxExpandedBytes = maxExpandedBytes;
    }

    public String sheetName() {
        return sheetName;
    }

    public List<String> otherSheets() {
        return otherSheets;
    }

    public void read(Path file, RowSink sink) throws IOException {
        ZipSecureFile.setMaxEntrySize(Math.max(maxExpandedBytes, 1L << 20));
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                sheetName = sheets.getSheetName();
                XMLReader xml = SecureXml.newXmlReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new Rows(sink),
                        new RawFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
            while (sheets.hasNext()) {
                sheets.next().close();
                otherSheets.add(sheets.getSheetName());
            }
        } catch (SAXException e) {
            if (e.getCause() instanceof IOException io) {
                throw rethrow(io);
            }
            throw new IOException("unreadable sheet: " + e.getMessage(), e);
        } catch (OpenXML4JException e) {
            throw new IOException("unreadable workbook: " + e.getMessage(), e);
        } catch (IOException e) {
            throw rethrow(e);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw bomb(e);
            }
            throw e;
        }
    }

    private static IOException rethrow(IOException e) {
        if (String.valueOf(e.getMessage()).contains("Zip bomb") || String.valueOf(e.getMessage()).contains("max entry")) {
            throw bomb(e);
        }
        return e;
    }

    private static ProblemException bomb(Exception e) {
        return ProblemException.unprocessable("zip-bomb", "Archive refused during expansion",
                "The workbook expands far beyond its packed size; it was refused while being read");
    }

    /** Collects the cells of a row, filling the gaps of empty cells (POI reports only the present ones). */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int row) {
            cells.clear();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int row) {
            if (cells.stream().allMatch(String::isEmpty)) {
                return;
            }
            try {
                sink.row(row + 1L, new ArrayList<>(cells));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * Values as data, not as display: numbers in "General" format in full (no {@code 1.2E+11} for an ID), dates as
     * ISO 8601; other formats as Excel shows them.
     */
    private static final class RawFormatter extends DataFormatter {
        RawFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904);
                return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
            }
            if (formatIndex == 0 || "General".equalsIgnoreCase(formatString)) {
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
