package io.archivo.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.common.problem.ProblemException;
import io.archivo.files.domain.StudyFile;
import io.archivo.files.domain.StudyFileRepository;
import io.archivo.files.profile.CsvDialect;
import io.archivo.files.profile.CsvReader;
import io.archivo.files.profile.CsvTableWriter;
import io.archivo.files.profile.ParquetTableWriter;
import io.archivo.files.profile.RowSink;
import io.archivo.files.profile.TableProfile;
import io.archivo.files.profile.TableProfiler;
import io.archivo.files.profile.TableWriter;
import io.archivo.files.profile.XlsxReader;
import io.archivo.files.storage.FileStorage;
import io.archivo.files.storage.Staging;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Tabular profiles of uploads (computed once, while the upload is staged) and their reusable conversions to UTF-8
 * RFC 4180 CSV and to Apache Parquet (made on the first request and cached in the store under their own hash).
 */
@ApplicationScoped
public class FileProfiles {

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

    /** A reusable format: its cache column on the row, media type and file extension. */
    private enum Format {
        CSV(ContentSniffer.CSV, "csv"), PARQUET(ContentSniffer.PARQUET, "parquet");

        final String mediaType;
        final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        String cached(StudyFile f) {
            return this == CSV ? f.csvSha256 : f.parquetSha256;
        }

        /** The JPQL assignment that remembers a conversion (parameters: hash, id). */
        String remember() {
            return (this == CSV ? "csvSha256" : "parquetSha256") + " = ?1 where id = ?2";
        }
    }

    /**
     * The file in a reusable format, converted on the first request and cached in the store under its own hash (the
     * row remembers it); concurrent first requests convert once.
     */
    FileService.Content converted(StudyFile f, String format) {
        if (!isTabular(f.mediaType)) {
            throw unavailable(f, format, "only tabular files (CSV, XLSX) have other formats");
        }
        Format target = switch (format) {
            case "csv" -> Format.CSV;
            case "parquet" -> Format.PARQUET;
            default -> throw unavailable(f, format, "the formats are original, csv and parquet");
        };
        TableProfile profile = parse(f.profile);
        if (profile == null || profile.findings().stream().anyMatch(x -> x.code().equals("unreadable"))) {
            throw unavailable(f, format, "the file could not be read as a table (see its profile)");
        }
        if (target == Format.PARQUET && profile.columns().isEmpty()) {
            throw unavailable(f, format, "the table has no header row, so no columns to write");
        }
        Object lock = converting.computeIfAbsent(f.id, k -> new Object());
        synchronized (lock) {
            try {
                String sha = target.cached(QuarkusTransaction.joiningExisting().call(() -> files.findById(f.id)));
                long size = sha == null ? -1 : storage.store().size(sha);
                if (size < 0) {
                    Staging.Staged converted = convert(f, profile, target);
                    try (converted) {
                        storage.store().commit(converted);
                    }
                    sha = converted.sha256();
                    size = converted.size();
                    String done = sha;
                    QuarkusTransaction.requiringNew().run(() -> files.update(target.remember(), done, f.id));
                }
                return new FileService.Content(sha, size, target.mediaType, baseName(f.name) + "." + target.extension,
                        storage.store());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                converting.remove(f.id, lock);
            }
        }
    }

    /** Reads the stored original (via a local copy: POI needs a file, CSV is read twice) and writes it as target. */
    private Staging.Staged convert(StudyFile f, TableProfile profile, Format target) throws IOException {
        Path original = Files.createTempFile(storage.staging().dir(), Staging.PREFIX, ".orig");
        Path out = Files.createTempFile(storage.staging().dir(), Staging.PREFIX, "." + target.extension);
        try {
            try (InputStream in = storage.store().open(f.sha256, 0, -1)) {
                Files.copy(in, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            CsvDialect dialect = null;
            if (ContentSniffer.CSV.equals(f.mediaType)) {
                try (InputStream in = Files.newInputStream(original)) {
                    dialect = CsvDialect.detect(in);
                }
            }
            boolean decimalComma = dialect != null && dialect.decimalComma();
            Set<Integer> asText = new HashSet<>();
            while (true) {
                try (TableWriter writer = target == Format.CSV
                        ? new CsvTableWriter(out, decimalComma ? numericColumns(profile) : Set.of())
                        : new ParquetTableWriter(out, profile, decimalComma, asText)) {
                    read(original, dialect, writer);
                    break;
                } catch (ParquetTableWriter.NotNumeric e) {
                    // cannot happen for a profile made by this code from these bytes; an older profile may differ
                    LOG.warnf("file %d: %s; written as text", f.id, e.getMessage());
                    asText.add(e.column());
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

    /** Streams the rows of a local copy of a table (a CSV when {@code dialect} is given, else an XLSX) to a sink. */
    private void read(Path original, CsvDialect dialect, RowSink sink) throws IOException {
        if (dialect != null) {
            try (InputStream in = Files.newInputStream(original)) {
                new CsvReader(in, dialect).read(sink);
            }
        } else {
            new XlsxReader(config.maxExpandedBytes()).read(original, sink);
        }
    }

    /** The 0-based positions of the columns the profile found numeric. */
    private static Set<Integer> numericColumns(TableProfile p) {
        return p.columns().stream().filter(TableProfile.Column::numeric).map(c -> c.position() - 1)
                .collect(Collectors.toSet());
    }

    private static ProblemException unavailable(StudyFile f, String format, String why) {
        return new ProblemException(406, "format-unavailable", "Format not available",
                "No '" + format + "' form of file " + f.id + " (" + f.mediaType + "): " + why)
                .with("formats", isTabular(f.mediaType) ? List.of("original", "csv", "parquet") : List.of("original"));
    }

    static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
