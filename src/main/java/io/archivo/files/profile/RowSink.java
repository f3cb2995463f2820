package io.archivo.files.profile;

import java.io.IOException;
import java.util.List;

/** Receives the rows of a table as they are read (the first one is the header); {@code line} is 1-based. */
@FunctionalInterface
public interface RowSink {
    void row(long line, List<String> cells) throws IOException;
}
