package io.archivo.archive.service;

import io.archivo.access.Caller;

/**
 * One DDI upload. {@code expectedIdno} is set by {@code PUT /studies/{idno}} (the body must carry that IDNo);
 * {@code ifMatch} is the ETag the client last saw of the latest version, if it sent one; {@code publish} publishes
 * the stored version in the same transaction, under the rules of {@link StudyPublicationService}.
 */
public record IngestRequest(byte[] content, String expectedIdno, String ifMatch, boolean strict, String processCode,
        Caller caller, boolean publish) {

    public IngestRequest(byte[] content, String expectedIdno, String ifMatch, boolean strict, String processCode,
            Caller caller) {
        this(content, expectedIdno, ifMatch, strict, processCode, caller, false);
    }
}
