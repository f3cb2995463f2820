package io.archivo.inventory.service;

import static io.archivo.testsupport.Api.ensureProcess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.inventory.domain.ProcessData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The one-row heading of a process says what the whole process says about its name and labels. */
@QuarkusTest
@Tag("persistence")
class ProcessHeadingTest {

    @Inject
    ProcessService processes;

    @Test
    void theHeadingAgreesWithTheWholeProcess() {
        ensureProcess("HEAD-01", "transito", "Transporte y movilidad");
        ProcessData whole = processes.find("HEAD-01").orElseThrow();
        ProcessHeading heading = processes.heading("HEAD-01").orElseThrow();
        assertEquals(new ProcessHeading(whole.code(), whole.name(), whole.department(), whole.thematicArea(),
                whole.type()), heading);
        assertEquals("transito", heading.department().code());
        assertTrue(processes.heading("NO-SUCH-PROCESS").isEmpty());
    }
}
