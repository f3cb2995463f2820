package io.archivo.ddi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;

/** Makes the DDI reader (with the installed schema, if any) available to the rest of the application. */
@ApplicationScoped
public class DdiBeans {

    @Produces
    @Singleton
    Optional<DdiSchema> schema(DdiConfig config) {
        return DdiSchema.load(config.schemaDir());
    }

    @Produces
    @Singleton
    DdiReader reader(Optional<DdiSchema> schema) {
        return new DdiReader(schema.orElse(null));
    }
}
