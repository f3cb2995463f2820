package io.archivo.search.index;

/** Turns {@link CachedNormsReader} off and on, so a benchmark can compare both within one JVM, and reads its size. */
public final class NormsSwitch {

    private NormsSwitch() {
    }

    public static void cachedNorms(boolean on) {
        CachedNormsReader.enabled = on;
    }

    /** Heap held by decoded norms (segments × fields scored so far), in bytes. */
    public static long heldBytes() {
        return CachedNormsReader.heldBytes();
    }
}
