package io.archivo.inventory.importer;

import java.util.Locale;
import java.util.Optional;

/** The spreadsheet formats of the inventory, with the media types the API speaks. */
public enum InventoryFormat {
    CSV("csv", "text/csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public static final String CSV_MEDIA_TYPE = "text/csv";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String extension;
    private final String mediaType;

    InventoryFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<InventoryFormat> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (InventoryFormat f : values()) {
            if (f.extension.equals(wanted) || f.mediaType.equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The format of uploaded bytes. XLSX files are ZIP archives and start with "PK"; anything else is read as
     * CSV. Looking at the content is more reliable than the file name or part type that browsers send.
     */
    public static InventoryFormat sniff(byte[] content) {
        return content.length >= 2 && content[0] == 'P' && content[1] == 'K' ? XLSX : CSV;
    }
}
