package io.archivo.ddi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Settings of the DDI capability ({@code archivo.ddi.*}, or {@code ARCHIVO_DDI_*} in the environment). */
@ConfigMapping(prefix = "archivo.ddi")
public interface DdiConfig {

    /**
     * Where the official DDI Codebook 2.5 schema set is installed: the folder holding {@code codebook.xsd}, or its
     * parent holding {@code schemas/codebook.xsd}. Unset: documents are read but not validated.
     */
    Optional<Path> schemaDir();

    /** Largest document accepted, in bytes; larger ones are rejected as {@code TOO_LARGE} before reading. */
    @WithDefault("67108864")
    long maxBytes();
}
