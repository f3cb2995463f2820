package io.archivo.harvest.source;

/** What harvesting needs to know about a study's statistical process (all of it public in the inventory). */
public record ProcessFacts(String code, String name, String departmentCode, String departmentLabel,
        String thematicArea, String typeCode, String typeLabel) {
}
