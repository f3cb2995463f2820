package io.archivo.search.index;

/** Turns {@link CachedNormsReader} off and on, so a benchmark can compare both within one JVM. */
public final class NormsSwitch {

    private NormsSwitch() {
    }

    public static void cachedNorms(boolean on) {
        CachedNormsReader.enabled = on;
    }
}
