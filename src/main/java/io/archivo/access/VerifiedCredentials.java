package io.archivo.access;

import io.quarkus.security.identity.SecurityIdentity;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Basic credentials verified a moment ago, so that a client sending the same user and password on every request
 * pays the slow password hash once per {@code ttl}, not once per request. Entries are keyed by an HMAC of the
 * credential under a key that lives only in this process's memory, so the cache holds no password and nothing
 * that could be checked against guesses offline. Small and bounded: when full, expired entries go first, then the
 * oldest.
 */
final class VerifiedCredentials {

    private record Entry(SecurityIdentity identity, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final long ttlMillis;
    private final int capacity;
    private final LongSupplier clock;

    VerifiedCredentials(long ttlMillis, int capacity, LongSupplier clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttlMillis = ttlMillis;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** The cache key of a credential: HMAC-SHA256 over user name and password, a few microseconds. */
    String keyOf(String user, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The identity verified for this credential within the last {@code ttl}, or null. */
    SecurityIdentity get(String credentialKey) {
        Entry entry = entries.get(credentialKey);
        if (entry == null) {
            return null;
        }
        if (entry.expiresAt() <= clock.getAsLong()) {
            entries.remove(credentialKey, entry);
            return null;
        }
        return entry.identity();
    }

    void put(String credentialKey, SecurityIdentity identity) {
        long now = clock.getAsLong();
        if (entries.size() >= capacity) {
            entries.values().removeIf(e -> e.expiresAt() <= now);
        }
        while (entries.size() >= capacity) {
            evictOldest();
        }
        entries.put(credentialKey, new Entry(identity, now + ttlMillis));
    }

    int size() {
        return entries.size();
    }

    private void evictOldest() {
        String oldest = null;
        long oldestExpiry = Long.MAX_VALUE;
        for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Entry> e = it.next();
            if (e.getValue().expiresAt() < oldestExpiry) {
                oldestExpiry = e.getValue().expiresAt();
                oldest = e.getKey();
            }
        }
        if (oldest != null) {
            entries.remove(oldest);
        }
    }
}
