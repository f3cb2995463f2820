package io.archivo.harvest;

import java.text.Normalizer;
import java.util.Locale;

/** URI- and setSpec-safe names from Spanish labels: {@code "Salud y Protección Social"} → {@code salud-y-proteccion-social}. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String label) {
        String s = Normalizer.normalize(label == null ? "" : label.trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "sin-nombre" : s;
    }
}
