package io.archivo.archive.imports;

import io.archivo.common.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Expands an uploaded ZIP into a private folder, refusing the whole archive (before anything is imported) when an
 * entry names a path outside it ({@code ..}, absolute paths) or when it expands beyond the limits. Sizes are
 * counted as bytes are actually inflated, never taken from the headers, which a zip bomb can fake.
 */
final class SafeZip {

    record Limits(long maxExpandedBytes, int maxEntries) {
    }

    /** An expanded entry: its name inside the archive and where its bytes now are. */
    record Entry(String name, Path file) {
    }

    private SafeZip() {
    }

    static List<Entry> expand(InputStream zip, Path target, Limits limits) {
        List<Entry> entries = new ArrayList<>();
        long expanded = 0;
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            Files.createDirectories(target);
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                checkName(name);
                if (++count > limits.maxEntries()) {
                    throw new ProblemException(413, "zip-too-many-entries", "Too many files in the archive",
                            "The archive has more than " + limits.maxEntries() + " entries");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                Path file = target.resolve(String.format("%06d.bin", count));
                try (OutputStream out = Files.newOutputStream(file)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        expanded += n;
                        if (expanded > limits.maxExpandedBytes()) {
                            throw new ProblemException(413, "zip-too-large", "Archive expands too far",
                                    "The archive expands to more than " + limits.maxExpandedBytes() + " bytes")
                                    .with("limitBytes", limits.maxExpandedBytes());
                        }
                        out.write(buffer, 0, n);
                    }
                }
                entries.add(new Entry(name, file));
            }
        } catch (ZipException e) {
            throw ProblemException.badRequest("zip-invalid", "Not a readable ZIP archive", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (count == 0) {
            throw ProblemException.badRequest("zip-invalid", "Not a readable ZIP archive", "The archive holds no files");
        }
        return entries;
    }

    private static void checkName(String name) {
        String n = name.replace('\\', '/');
        boolean absolute = n.startsWith("/") || n.matches("^[A-Za-z]:.*");
        boolean escapes = List.of(n.split("/")).contains("..");
        if (absolute || escapes) {
            throw ProblemException.badRequest("zip-unsafe-path", "Unsafe path in archive",
                    "The entry '" + name + "' points outside the archive; the whole archive was refused")
                    .with("entry", name);
        }
    }
}
