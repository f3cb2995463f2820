package io.archivo.inventory.service;

import java.util.List;

/**
 * The plan indicators at the time of the call.
 *
 * @param processes    how many processes the inventory holds
 * @param illustrative true when any of them comes from the illustrative demo catalogue
 */
public record IndicatorReport(int processes, boolean illustrative, List<Indicator> indicators) {
    public IndicatorReport {
        indicators = List.copyOf(indicators);
    }
}
