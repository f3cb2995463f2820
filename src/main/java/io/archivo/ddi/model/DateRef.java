package io.archivo.ddi.model;

/**
 * A date of the time period covered or of data collection. {@code event} is {@code start}, {@code end} or
 * {@code single}; {@code date} is the ISO value of the {@code date} attribute (or the element text when absent).
 */
public record DateRef(String event, String date, String cycle) {

    /** The four-digit year the date starts with, or null. */
    public Integer year() {
        if (date == null || date.length() < 4) {
            return null;
        }
        String y = date.substring(0, 4);
        return y.chars().allMatch(Character::isDigit) ? Integer.valueOf(y) : null;
    }
}
