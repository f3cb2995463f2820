package io.archivo.sdmx.format;

import io.archivo.sdmx.model.LocalisedText;
import java.time.Instant;
import java.util.Objects;

/**
 * Header of every message: {@code id} (an SDMX IDType), preparation time and sender. {@code structureUrlBase} is
 * the SDMX REST v1 root stubs point to with {@code structureURL} (e.g. {@code https://host/sdmx/rest}); null omits it.
 */
public record MessageHeader(String id, Instant prepared, String senderId, LocalisedText senderName,
        String structureUrlBase) {
    public MessageHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(senderId, "senderId");
        senderName = senderName == null ? LocalisedText.EMPTY : senderName;
    }
}
