package io.archivo.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Archivo's own settings ({@code archivo.*}; every key can also be given as an environment variable, e.g.
 * {@code ARCHIVO_DATA_DIR}). Capabilities with many settings of their own keep them in their own mapping under
 * {@code archivo.<capability>}.
 */
@ConfigMapping(prefix = "archivo")
public interface ArchivoConfig {

    /** Where the embedded database, the search index and generated secrets live. */
    @WithDefault("./data")
    Path dataDir();

    /** Seed a fresh data directory with the illustrative demo catalogue. */
    @WithDefault("true")
    boolean demo();

    /** Password of the embedded {@code admin} user; generated at first start when absent. */
    Optional<String> adminPassword();

    Imports imports();

    interface Imports {
        /** Largest ZIP upload, in bytes. */
        @WithDefault("536870912")
        long maxZipBytes();

        /** Largest total size of the files a ZIP expands to, in bytes (zip bombs are refused). */
        @WithDefault("1073741824")
        long maxExpandedBytes();

        /** Most files in one ZIP. */
        @WithDefault("10000")
        int maxEntries();
    }
}
