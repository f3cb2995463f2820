package io.archivo.sdmx.data.format;

import io.archivo.sdmx.data.Observation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes one data message as it streams: {@link #begin}, then series in key order (each with its observations),
 * then {@link #end}. Attributes arrive already split by attachment level and filtered by detail.
 */
public interface DataWriter {

    void begin() throws IOException;

    void seriesStart(List<String> key, Map<String, String> seriesAttributes) throws IOException;

    void observation(Observation o, Map<String, String> observationAttributes) throws IOException;

    void seriesEnd() throws IOException;

    void end() throws IOException;

    static DataWriter of(DataFormat format, DataMessage message, OutputStream out) {
        return switch (format) {
            case CSV_10, CSV_20 -> new CsvDataWriter(format, message, out);
            case GENERIC_21 -> new XmlDataWriter(false, message, out);
            case STRUCTURE_SPECIFIC_21 -> new XmlDataWriter(true, message, out);
            case STRUCTURE_SPECIFIC_30 -> new XmlDataWriter(true, true, message, out);
            case JSON_10 -> new JsonDataWriter(false, message, out);
            case JSON_20 -> new JsonDataWriter(true, message, out);
        };
    }
}
