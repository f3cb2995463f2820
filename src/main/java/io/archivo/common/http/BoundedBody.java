package io.archivo.common.http;

import io.archivo.common.problem.ProblemException;
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
        try (InputStream limited = new LimitedInputStream(in, maxBytes, "Document too large", what)) {
            byte[] body = limited.readAllBytes();
            if (body.length == 0) {
                throw ProblemException.badRequest("empty-body", "Empty body", "The request has no " + what);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
