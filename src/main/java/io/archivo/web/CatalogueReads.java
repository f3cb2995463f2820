package io.archivo.web;

import io.archivo.access.Caller;
import io.archivo.archive.api.dto.StudySummary;
import io.archivo.archive.api.dto.StudyView;
import io.archivo.archive.api.dto.VersionView;
import io.archivo.archive.service.StudyFilter;
import io.archivo.archive.service.StudyQueryService;
import io.archivo.common.api.Page;
import io.archivo.common.api.PageRequest;
import io.archivo.common.problem.ProblemException;
import io.archivo.ddi.model.Variable;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchResult;
import io.archivo.search.api.SearchVisibility;
import io.archivo.search.service.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The pages' one door to the archive and the search: the same service calls, with the same caller, as
 * {@code StudyResource} and {@code SearchResource}. Re-point here when the archive's read interface changes.
 */
@ApplicationScoped
public class CatalogueReads {

    @Inject
    SearchService search;
    @Inject
    StudyQueryService studies;

    public SearchResult search(Caller caller, SearchRequest request) {
        return search.search(request.withVisibility(SearchVisibility.of(caller)));
    }

    public List<String> suggest(Caller caller, String prefix, int limit) {
        return search.suggest(prefix, SearchVisibility.of(caller), limit);
    }

    /** The study as {@code GET /api/v1/studies/{idno}} shows it to this caller; empty where the API answers 404. */
    public Optional<StudyView> study(Caller caller, String idno) {
        try {
            return Optional.of(studies.get(caller, idno));
        } catch (ProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public List<VersionView> versions(Caller caller, String idno) {
        return studies.history(caller, idno);
    }

    public Page<Variable> variables(Caller caller, String idno, PageRequest paging) {
        return studies.variables(caller, idno, null, paging);
    }

    /** The studies of a process this caller may see ({@code GET /api/v1/studies?process=}), drafts marked by status. */
    public List<StudySummary> studiesOfProcess(Caller caller, String processCode) {
        return studies.list(caller, new StudyFilter(null, processCode, null), PageRequest.of(1, 100)).items();
    }
}
