package io.archivo.files;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.common.problem.ProblemException;
import io.archivo.files.storage.FileStorage;
import io.archivo.files.storage.Staging;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restartable uploads with {@code Content-Range} (the scheme of Google Cloud Storage's resumable uploads, without a
 * session-creating request): the client picks a key and PUTs pieces {@code bytes a-b/total}; the server answers 308
 * with {@code Range: bytes=0-n} until the last piece, which attaches the file like a plain upload (201). After an
 * interruption, {@code HEAD} tells how much arrived and the client resumes there. Pieces live in the staging folder
 * (never visible) until complete; start-up removes those older than {@code archivo.files.orphan-grace}.
 */
@ApplicationScoped
public class ResumableUploads {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");

    private final FileStorage storage;
    private final FileService files;
    private final FilesConfig config;
    private final ConcurrentHashMap<Path, Object> locks = new ConcurrentHashMap<>();

    ResumableUploads(FileStorage storage, FileService files, FilesConfig config) {
        this.storage = storage;
        this.files = files;
        this.config = config;
    }

    /** A piece's result: the attached file when complete, else how many bytes the server holds. */
    public record Outcome(long received, FileView file) {
    }

    public long received(Caller caller, String idno, String key) {
        files.requireEditable(caller, idno);
        Path part = part(caller, idno, key);
        try {
            return Files.exists(part) ? Files.size(part) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Outcome put(Caller caller, String idno, String key, String contentRange, InputStream body,
            UploadRequest request) {
        StudyFacts.Facts study = files.requireEditable(caller, idno);
        String name = FileNames.check(request.name());
        String level = AccessPolicy.fileLevel(request.accessLevel(), study.visibility());
        Matcher m = contentRange == null ? null : RANGE.matcher(contentRange.strip());
        if (m == null || !m.matches()) {
            throw ProblemException.badRequest("invalid-content-range", "Invalid Content-Range",
                    "Each piece needs Content-Range: bytes first-last/total");
        }
        long first = Long.parseLong(m.group(1));
        long last = Long.parseLong(m.group(2));
        long total = Long.parseLong(m.group(3));
        if (last < first || last >= total) {
            throw ProblemException.badRequest("invalid-content-range", "Invalid Content-Range",
                    "The range " + first + "-" + last + " does not fit a total of " + total);
        }
        if (total > config.maxBytes()) {
            throw new ProblemException(413, "file-too-large", "File too large", "The file is larger than the limit of "
                    + config.maxBytes() + " bytes (ARCHIVO_FILES_MAX_BYTES)").with("limitBytes", config.maxBytes());
        }
        Path part = part(caller, idno, key);
        synchronized (locks.computeIfAbsent(part, p -> new Object())) {
            try {
                long have = Files.exists(part) ? Files.size(part) : 0;
                if (first > have) {
                    throw ProblemException.conflict("upload-gap", "Piece does not continue the upload",
                            "The server holds " + have + " bytes of this upload; resume at byte " + have)
                            .with("offset", have);
                }
                Staging.Staged piece = storage.staging().append(part, body, last + 1, first, false);
                if (piece.size() != last + 1) {
                    // a short piece: keep what arrived, the client resumes from there
                    return new Outcome(piece.size(), null);
                }
                if (piece.size() < total) {
                    return new Outcome(piece.size(), null);
                }
                files.requireReplaceable(study.idno(), request.replaces());
                try (Staging.Staged whole = storage.staging().hash(part)) {
                    return new Outcome(total, files.attach(caller, study, request, name, level, whole));
                }
            } catch (Staging.BodyInterrupted e) {
                // what arrived of the piece is kept: HEAD tells the client where to resume
                throw FileService.interrupted(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                locks.remove(part);
            }
        }
    }

    private Path part(Caller caller, String idno, String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw ProblemException.badRequest("invalid-upload-key", "Invalid upload key",
                    "The upload key must be 8 to 64 characters of A-Z, a-z, 0-9, '-' and '_'");
        }
        byte[] id = Staging.sha256().digest((caller.name() + "\n" + idno + "\n" + key).getBytes(StandardCharsets.UTF_8));
        return storage.staging().dir().resolve("resumable-" + HexFormat.of().formatHex(id) + ".part");
    }
}
