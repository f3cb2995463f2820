package io.archivo.sdmx.format;

import io.archivo.sdmx.model.MaintainableArtefact;

/** The {@code structureURL} of a stub: the SDMX REST v1 query that returns the artefact in full. */
final class StubUrls {

    private StubUrls() {
    }

    static String structureUrl(MessageHeader header, MaintainableArtefact a) {
        if (header.structureUrlBase() == null) {
            return null;
        }
        String base = header.structureUrlBase().replaceAll("/+$", "");
        return base + "/" + a.type().restName() + "/" + a.ref().agency() + "/" + a.ref().id() + "/" + a.ref().version();
    }
}
