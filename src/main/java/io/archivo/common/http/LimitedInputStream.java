package io.archivo.common.http;

import io.archivo.common.problem.ProblemException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails with a 413 problem as soon as more than {@code max} bytes have been read from an upload, instead of
 * after the whole body has been taken in.
 */
public final class LimitedInputStream extends FilterInputStream {

    private final long max;
    private final String title;
    private final String what;
    private long count;

    /** {@code title} is the problem's title ("Document too large"), {@code what} names the upload in its detail. */
    public LimitedInputStream(InputStream in, long max, String title, String what) {
        super(in);
        this.max = max;
        this.title = title;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        count += n;
        if (count > max) {
            throw new ProblemException(413, "too-large", title,
                    "The " + what + " is larger than the limit of " + max + " bytes").with("limitBytes", max);
        }
    }
}
