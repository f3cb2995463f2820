package io.archivo.common.http;

import io.archivo.common.problem.ProblemException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body into memory, refusing (413) as soon as it passes a limit instead of after. */
public final class BoundedBody {

    private BoundedBody() {
    }

    public static byte[] read(InputStream in, long maxBytes, String what) {
        if (in == null) {
            throw ProblemException.badRequest("empty-body", "Empty body", "The request has no " + what);
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new ProblemException(413, "too-large", "Document too large",
                            "The " + what + " is larger than the limit of " + maxBytes + " bytes")
                            .with("limitBytes", maxBytes);
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw ProblemException.badRequest("empty-body", "Empty body", "The request has no " + what);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
