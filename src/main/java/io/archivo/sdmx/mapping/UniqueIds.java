package io.archivo.sdmx.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Hands out ids unique within one namespace (a scheme, a DSD's components, the dataflows). When two raw names
 * sanitise to the same id, the later one gets a suffix from a hash of its raw name, so its id does not depend on
 * which other names happen to be present; only identical raw names fall back to a counter.
 */
final class UniqueIds {

    private final Set<String> taken = new HashSet<>();

    UniqueIds(String... reserved) {
        taken.addAll(Set.of(reserved));
    }

    String claim(String candidate, String raw) {
        if (taken.add(candidate)) {
            return candidate;
        }
        String hash = sha1Hex(raw == null ? "" : raw);
        for (int len = 4; len <= hash.length(); len += 2) {
            String id = candidate + "_" + hash.substring(0, len).toUpperCase();
            if (taken.add(id)) {
                return id;
            }
        }
        for (int n = 2; ; n++) {
            String id = candidate + "_" + n;
            if (taken.add(id)) {
                return id;
            }
        }
    }

    private static String sha1Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
