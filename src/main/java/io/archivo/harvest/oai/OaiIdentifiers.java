package io.archivo.harvest.oai;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code oai:<repository-identifier>:<IDNo>}. Characters an oai-identifier may not hold (spaces, non-ASCII, '%')
 * are percent-encoded (UTF-8), so every IDNo has exactly one identifier and back.
 */
final class OaiIdentifiers {

    private static final String ALLOWED = "-_.!~*'();/?:@&=+$,";

    private OaiIdentifiers() {
    }

    static String of(String repository, String idno) {
        StringBuilder out = new StringBuilder("oai:").append(repository).append(':');
        for (byte b : idno.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** The IDNo of an identifier of this repository, or empty. */
    static Optional<String> idno(String repository, String identifier) {
        String prefix = "oai:" + repository + ":";
        if (identifier == null || !identifier.startsWith(prefix) || identifier.length() == prefix.length()) {
            return Optional.empty();
        }
        String local = identifier.substring(prefix.length());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c == '%') {
                if (i + 2 >= local.length()) {
                    return Optional.empty();
                }
                try {
                    out.write(Integer.parseInt(local.substring(i + 1, i + 3), 16));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                i += 2;
            } else if (c < 128) {
                out.write(c);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out.toString(StandardCharsets.UTF_8));
    }
}
