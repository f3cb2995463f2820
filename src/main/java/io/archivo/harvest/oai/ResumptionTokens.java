package io.archivo.harvest.oai;

import io.archivo.common.config.ArchivoConfig;
import io.archivo.harvest.HarvestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, URI-safe resumption tokens: the state (base64url) and an HMAC-SHA256 over it, so a forged or altered
 * token is refused (badResumptionToken) rather than trusted; an expired one too. The key comes from
 * {@code archivo.harvest.token-secret}, else it is generated once and kept under the data directory, so tokens
 * survive a restart.
 */
@ApplicationScoped
class ResumptionTokens {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    Clock clock = Clock.systemUTC();

    ResumptionTokens(HarvestConfig config, ArchivoConfig archivo) {
        byte[] secret = config.tokenSecret().map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> storedSecret(archivo.dataDir().resolve("secrets").resolve("oai-token.key")));
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String issue(ResumptionToken token) {
        String payload = ENCODE.encodeToString(token.serialise().getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODE.encodeToString(sign(payload));
    }

    /** The token's state; {@link OaiError} badResumptionToken when it is forged, altered or expired. */
    ResumptionToken read(String text) {
        int dot = text.indexOf('.');
        try {
            if (dot > 0 && MessageDigest.isEqual(sign(text.substring(0, dot)), DECODE.decode(text.substring(dot + 1)))) {
                ResumptionToken token = ResumptionToken.parse(
                        new String(DECODE.decode(text.substring(0, dot)), StandardCharsets.UTF_8));
                if (token.expires().isBefore(Instant.now(clock))) {
                    throw new OaiError("badResumptionToken", "The resumption token has expired; start the list again");
                }
                return token;
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not our format: treated as forged below
        }
        throw new OaiError("badResumptionToken", "The resumption token is not one this repository issued");
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized byte[] storedSecret(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "oai-token", ".tmp");
            Files.write(tmp, secret);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the resumption-token key in " + file, e);
        }
    }
}
