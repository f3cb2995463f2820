package io.archivo.search.indexing;

import io.archivo.common.config.ArchivoConfig;
import io.archivo.search.index.LuceneIndex;
import io.archivo.search.service.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one index of the application, under {@code <data-dir>/index}, and the search service over it. */
@ApplicationScoped
public class SearchBeans {

    @Produces
    @Singleton
    LuceneIndex index(ArchivoConfig config) {
        return LuceneIndex.open(config.dataDir().resolve("index"));
    }

    void close(@Disposes LuceneIndex index) {
        index.close();
    }

    @Produces
    @Singleton
    SearchService searchService(LuceneIndex index,
            @ConfigProperty(name = "archivo.search.result-cache-size", defaultValue = "1024") int cachedResults,
            @ConfigProperty(name = "archivo.search.max-concurrent") java.util.Optional<Integer> maxConcurrent) {
        // unset: 1.5 searches per processor + 1; 0: no limit (every request computes at once, sharing the cores)
        return new SearchService(index, cachedResults, maxConcurrent.orElseGet(SearchService::defaultConcurrentSearches));
    }
}
