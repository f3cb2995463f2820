package io.archivo.sdmx.format;

/** A message could not be written (an I/O or StAX/Jackson failure underneath). */
public class SdmxWriteException extends RuntimeException {
    public SdmxWriteException(Throwable cause) {
        super(cause);
    }
}
