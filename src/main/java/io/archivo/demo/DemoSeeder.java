package io.archivo.demo;

import io.archivo.access.Caller;
import io.archivo.archive.catalogue.StudyCatalogue;
import io.archivo.archive.service.IngestRequest;
import io.archivo.archive.service.StudyIngestService;
import io.archivo.archive.service.StudyPublicationService;
import io.archivo.common.config.ArchivoConfig;
import io.archivo.inventory.service.ProcessService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * With {@code ARCHIVO_DEMO=true}, a fresh (empty) catalogue is seeded at start-up with the illustrative inventory of
 * 111 processes and its published demo studies. The studies go through the normal upload and publication path, so
 * they are validated, versioned and indexed like any other.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);
    static final Caller DEMO = new Caller("demo-seed", Set.of(Caller.ADMIN, Caller.EDITOR), Set.of());

    private final ArchivoConfig config;
    private final ProcessService processes;
    private final StudyCatalogue studies;
    private final StudyIngestService ingest;
    private final StudyPublicationService publication;

    DemoSeeder(ArchivoConfig config, ProcessService processes, StudyCatalogue studies, StudyIngestService ingest,
            StudyPublicationService publication) {
        this.config = config;
        this.processes = processes;
        this.studies = studies;
        this.ingest = ingest;
        this.publication = publication;
    }

    // after the search index has reconciled with the database (priority 100), so seeded studies get indexed once
    void onStart(@Observes @Priority(200) StartupEvent event) {
        if (!config.demo()) {
            return;
        }
        boolean empty = QuarkusTransaction.requiringNew().call(studies::isEmpty);
        if (!empty) {
            return;
        }
        int seeded = processes.seedIfEmpty(DemoCatalogue.processes());
        if (seeded == 0) {
            return;
        }
        int published = 0;
        for (DemoStudy study : DemoStudyGenerator.studies()) {
            ingest.ingest(new IngestRequest(study.xml(), null, null, false, study.processCode(), DEMO));
            publication.publish(DEMO, study.idno(), null);
            published++;
        }
        LOG.infof("Seeded the illustrative demo catalogue: %d processes, %d published studies", seeded, published);
    }
}
