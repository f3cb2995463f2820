package io.archivo.sdmx.data.format;

import io.archivo.sdmx.data.DataflowStructure;
import java.time.Instant;

/**
 * What every data message states besides its series: the dataflow and its structure, the header, and how the
 * data are laid out ({@code flat} = dimensionAtObservation=AllDimensions; {@code labels} = labels=both in CSV).
 */
public record DataMessage(DataflowStructure structure, String messageId, Instant prepared, String sender,
        Detail detail, boolean flat, boolean labels) {

    /** The SDMX {@code detail} levels of a data query. */
    public enum Detail {
        FULL, DATAONLY, SERIESKEYSONLY, NODATA;

        public boolean attributes() {
            return this == FULL || this == NODATA;
        }

        public boolean observations() {
            return this == FULL || this == DATAONLY;
        }
    }
}
