package io.archivo.files;

import io.archivo.common.problem.ProblemException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** File names as given by clients: checked (no paths, no control characters) and read from Content-Disposition. */
public final class FileNames {

    private static final int MAX = 255;

    private FileNames() {
    }

    public static String check(String name) {
        if (name == null || name.isBlank()) {
            throw invalid("a file name is required (multipart filename or Content-Disposition: attachment; filename=…)");
        }
        String n = name.strip();
        if (n.length() > MAX) {
            throw invalid("the name has " + n.length() + " characters; at most " + MAX);
        }
        if (n.contains("/") || n.contains("\\") || n.contains("..") || n.equals(".")) {
            throw invalid("the name must not contain a path ('/', '\\' or '..')");
        }
        if (n.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw invalid("the name contains control or invisible formatting characters");
        }
        return n;
    }

    private static ProblemException invalid(String why) {
        return ProblemException.badRequest("invalid-file-name", "Invalid file name", "Invalid file name: " + why);
    }

    /** The filename of a {@code Content-Disposition} header ({@code filename*=UTF-8''…} preferred); null if none. */
    public static String fromContentDisposition(String header) {
        if (header == null) {
            return null;
        }
        String plain = null;
        for (String part : header.split(";")) {
            String p = part.strip();
            String lower = p.toLowerCase(Locale.ROOT);
            if (lower.startsWith("filename*=")) {
                String v = p.substring("filename*=".length());
                int q = v.indexOf("''");
                if (q >= 0 && v.substring(0, q).equalsIgnoreCase("UTF-8")) {
                    return URLDecoder.decode(v.substring(q + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
                }
            } else if (lower.startsWith("filename=")) {
                String v = p.substring("filename=".length()).strip();
                plain = v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
            }
        }
        return plain;
    }

    /** A Content-Disposition for a download: ASCII fallback plus the UTF-8 name (RFC 6266). */
    public static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String utf8 = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
