package io.archivo.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.common.problem.ProblemException;
import io.archivo.files.domain.StudyFile;
import io.archivo.files.domain.StudyFileRepository;
import io.archivo.files.profile.CsvDialect;
import io.archivo.files.profile.CsvReader;
import io.archivo.files.profile.RowSink;
import io.archivo.files.profile.TableProfile;
import io.archivo.files.profile.TableProfiler;
import io.archivo.files.profile.XlsxReader;
import io.archivo.files.storage.FileStorage;
import io.archivo.files.storage.Staging;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.logging.Logger;

/**
 * Tabular profiles of uploads (computed once, while the upload is staged) and their reusable conversion to
 * UTF-8 RFC 4180 CSV (made on the first request and cached in the store under its own hash).
 */
@ApplicationScoped
public class FileProfiles {

    private static final Pattern COMMA_NUMBER = Pattern.compile("[-+]?(\\d+,?\\d*|,\\d+)");
    private static final Logger LOG = Logger.getLogger(FileProfiles.class);
    /** One conversion per file at a time; a second request waits and then finds it cached. */
    private final ConcurrentHashMap<Long, Object> converting = new ConcurrentHashMap<>();

    private final FileStorage storage;
    private final StudyFileRepository files;
    private final FilesConfig config;
    private final ObjectMapper json;

    FileProfiles(FileStorage storage, StudyFileRepository files, FilesConfig config, ObjectMapper json) {
        this.storage = storage;
        this.files = files;
        this.config = config;
        this.json = json;
    }

    public static boolean isTabular(String mediaType) {
        return ContentSniffer.CSV.equals(mediaType) || ContentSniffer.XLSX.equals(mediaType);
    }

    /**
     * The profile of a staged file; null for files that are no table. A workbook that POI cannot read is not
     * refused (it was recognised from its ZIP directory): its profile says so. A zip bomb is a 422 problem.
     */
    TableProfile profile(Path staged, String mediaType) {
        if (!isTabular(mediaType)) {
            return null;
        }
        boolean csv = ContentSniffer.CSV.equals(mediaType);
        try {
            return csv ? TableProfiler.csv(staged) : TableProfiler.xlsx(staged, config.maxExpandedBytes());
        } catch (IOException e) {
            LOG.debugf(e, "profiling %s failed", staged);
            return new TableProfile(csv ? "csv" : "xlsx", null, null, null, null, 0, List.of(),
                    List.of(TableProfile.Finding.of("unreadable", "The file could not be read as a table: "
                            + e.getMessage())));
        }
    }

    TableProfile parse(String profile) {
        try {
            return profile == null ? null : json.readValue(profile, TableProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FileService.Content converted(StudyFile f, String format) {
        if (!isTabular(f.mediaType)) {
            throw unavailable(f, format, "only tabular files (CSV, XLSX) have other formats");
        }
        if (format.equals("parquet")) {
            throw unavailable(f, format, "Parquet is not offered: the maintained Java writer (parquet-hadoop) needs"
                    + " Hadoop's client API at run time, about 40 MB of libraries (docs/files.md); use format=csv");
        }
        if (!format.equals("csv")) {
            throw unavailable(f, format, "the formats are original and csv");
        }
        Object lock = converting.computeIfAbsent(f.id, k -> new Object());
        synchronized (lock) {
            try {
                String sha = QuarkusTransaction.joiningExisting().call(() -> files.findById(f.id)).csvSha256;
                long size = sha == null ? -1 : storage.store().size(sha);
                if (size < 0) {
                    Staging.Staged csv = convert(f);
                    try (csv) {
                        storage.store().commit(csv);
                    }
                    sha = csv.sha256();
                    size = csv.size();
                    String done = sha;
                    QuarkusTransaction.requiringNew().run(() -> files.update("csvSha256 = ?1 where id = ?2", done, f.id));
                }
                return new FileService.Content(sha, size, ContentSniffer.CSV, baseName(f.name) + ".csv",
                        storage.store());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                converting.remove(f.id, lock);
            }
        }
    }

    /** Reads the stored original (via a local copy: POI needs a file) and writes it as UTF-8 RFC 4180 CSV. */
    private Staging.Staged convert(StudyFile f) throws IOException {
        Path original = Files.createTempFile(storage.staging().dir(), Staging.PREFIX, ".orig");
        Path out = Files.createTempFile(storage.staging().dir(), Staging.PREFIX, ".csv");
        try {
            try (InputStream in = storage.store().open(f.sha256, 0, -1)) {
                Files.copy(in, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (CSVPrinter printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16), CSVFormat.RFC4180)) {
                RowSink sink = (line, cells) -> printer.printRecord(cells);
                if (ContentSniffer.CSV.equals(f.mediaType)) {
                    CsvDialect dialect;
                    try (InputStream in = Files.newInputStream(original)) {
                        dialect = CsvDialect.detect(in);
                    }
                    if (dialect.decimalComma()) {
                        sink = decimalPoints(numericColumns(f), sink);
                    }
                    try (InputStream in = Files.newInputStream(original)) {
                        new CsvReader(in, dialect).read(sink);
                    }
                } else {
                    new XlsxReader(config.maxExpandedBytes()).read(original, sink);
                }
            }
            return storage.staging().hash(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(out);
            throw e;
        } finally {
            Files.deleteIfExists(original);
        }
    }

    /** The 0-based positions of the columns the profile found numeric. */
    private Set<Integer> numericColumns(StudyFile f) {
        TableProfile p = parse(f.profile);
        return p == null ? Set.of() : p.columns().stream().filter(TableProfile.Column::numeric)
                .map(c -> c.position() - 1).collect(Collectors.toSet());
    }

    /** Rewrites {@code 35,5} as {@code 35.5} in numeric columns, so the converted CSV reads as numbers anywhere. */
    private static RowSink decimalPoints(Set<Integer> numeric, RowSink next) {
        boolean[] header = {true};
        return (line, cells) -> {
            if (header[0]) {
                header[0] = false;
            } else {
                for (int i : numeric) {
                    if (i < cells.size() && COMMA_NUMBER.matcher(cells.get(i).strip()).matches()) {
                        cells.set(i, cells.get(i).strip().replace(',', '.'));
                    }
                }
            }
            next.row(line, cells);
        };
    }

    private static ProblemException unavailable(StudyFile f, String format, String why) {
        return new ProblemException(406, "format-unavailable", "Format not available",
                "No '" + format + "' form of file " + f.id + " (" + f.mediaType + "): " + why)
                .with("formats", isTabular(f.mediaType) ? List.of("original", "csv") : List.of("original"));
    }

    static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
