package io.archivo.sdmx.data.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 byte buffer in front of the response stream for the CSV writer: ASCII text is copied byte by byte and
 * pre-encoded cells as arrays, instead of a char buffer that an encoder then turns into bytes (two passes over
 * every row of a million-row export). Not thread-safe, like the writer that owns it.
 */
final class Utf8Sink implements Appendable {

    private final OutputStream out;
    /**
     * 8 KiB, the size of the response stream's own buffer behind it: a larger one only moves the same bytes in
     * larger steps, and as one per request it was the largest allocation of a 1,000-observation key query after the
     * driver's rows (64 KiB then, SdmxDataBenchmark).
     */
    private final byte[] buf = new byte[1 << 13];
    private int pos;

    Utf8Sink(OutputStream out) {
        this.out = out;
    }

    void write(byte[] bytes) throws IOException {
        if (bytes.length > buf.length - pos) {
            flushBuffer();
            if (bytes.length > buf.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    void write(String s) throws IOException {
        int n = s.length();
        if (n > buf.length - pos) {
            flushBuffer();
            if (n > buf.length) {
                out.write(s.getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                // rare in SDMX codes and values: the rest through the JDK's encoder (a surrogate pair stays whole,
                // as its first half is already >= 0x80)
                write(s.substring(i).getBytes(StandardCharsets.UTF_8));
                return;
            }
            buf[pos++] = (byte) c;
        }
    }

    void write(char c) throws IOException {
        if (c >= 0x80) {
            write(String.valueOf(c));
            return;
        }
        if (pos == buf.length) {
            flushBuffer();
        }
        buf[pos++] = (byte) c;
    }

    /**
     * n·10^-fractionDigits in plain decimal ({@code 12345, 1} is {@code 1234.5}, {@code -5, 2} is {@code -0.05}),
     * written digit by digit: no String per value. |n| must be below 10^18.
     */
    void writeDecimal(long n, int fractionDigits) throws IOException {
        if (buf.length - pos < 24) {
            flushBuffer();
        }
        if (n < 0) {
            buf[pos++] = '-';
            n = -n;
        }
        int digits = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        digits = Math.max(digits, fractionDigits + 1); // a zero before the point, and zeros after it
        int end = pos + digits + (fractionDigits > 0 ? 1 : 0);
        int at = end;
        for (int d = 0; d < digits; d++) {
            if (d == fractionDigits && d > 0) {
                buf[--at] = '.';
            }
            buf[--at] = (byte) ('0' + n % 10);
            n /= 10;
        }
        pos = end;
    }

    @Override
    public Appendable append(CharSequence s) throws IOException {
        write(String.valueOf(s));
        return this;
    }

    @Override
    public Appendable append(CharSequence s, int start, int end) throws IOException {
        write(String.valueOf(s).substring(start, end));
        return this;
    }

    @Override
    public Appendable append(char c) throws IOException {
        write(c);
        return this;
    }

    void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    private void flushBuffer() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }
}
