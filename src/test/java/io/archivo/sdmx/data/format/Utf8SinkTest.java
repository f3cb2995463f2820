package io.archivo.sdmx.data.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8SinkTest {

    @Test
    void writesWhatTheJdkEncoderWrites() throws Exception {
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Sink sink = new Utf8Sink(bytes);
        String[] cells = { "SAL-01", "Año: Vigencia", "ñandú €", "emoji 😀 end", "\"quoted\"", "x".repeat(70_000),
                "Comuna 3: Centro", "日本" };
        // enough rows to cross the 8 KiB buffer many times, with each kind of write; few enough that the test
        // holds a few MB, not the 300 MB that 3,000 rows took in the suite's shared 1 GB heap (it ran out there)
        for (int row = 0; row < 320; row++) {
            String c = cells[row % cells.length];
            sink.write(c);
            sink.write(',');
            sink.write(c.getBytes(StandardCharsets.UTF_8));
            sink.append('é').append("\r\n");
            expected.append(c).append(',').append(c).append('é').append("\r\n");
        }
        sink.flush();
        assertEquals(expected.toString(), bytes.toString(StandardCharsets.UTF_8));
    }
}
