package io.archivo.files.api;

/** One byte range of a {@code Range: bytes=…} header (RFC 9110 §14); several ranges are served as the whole. */
record ByteRange(long start, long length) {

    static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    /** null: serve everything (no header, an unsupported or multi-range one). */
    static ByteRange parse(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return null;
        }
        String spec = header.substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String a = spec.substring(0, dash).strip();
            String b = spec.substring(dash + 1).strip();
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                if (suffix <= 0) {
                    return UNSATISFIABLE;
                }
                long n = Math.min(suffix, size);
                return new ByteRange(size - n, n);
            }
            long start = Long.parseLong(a);
            long end = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
            if (start >= size || end < start) {
                return UNSATISFIABLE;
            }
            return new ByteRange(start, end - start + 1);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
