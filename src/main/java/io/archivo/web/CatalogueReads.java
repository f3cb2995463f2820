package io.archivo.web;

import io.archivo.access.AccessPolicy;
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
import io.archivo.files.FileService;
import io.archivo.files.FileView;
import io.archivo.harvest.RecordQueries;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchResult;
import io.archivo.search.api.SearchVisibility;
import io.archivo.search.service.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    @Inject
    FileService files;
    @Inject
    RecordQueries harvestRecords;

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

    /**
     * When a study the caller cannot see was public once: the datestamp of its deleted OAI-PMH record (withdrawn or
     * reclassified), which {@code /oai} already tells anybody. Empty for studies never public, or public now.
     */
    public Optional<OffsetDateTime> noLongerPublicSince(String idno) {
        return harvestRecords.byIdno(idno, RecordQueries.Content.NONE).filter(RecordQueries.Row::deleted)
                .map(RecordQueries.Row::datestamp);
    }

    /** The study's current data files as {@code GET /api/v1/studies/{idno}/files} lists them to this caller. */
    public List<FileView> files(Caller caller, String idno) {
        return files.list(caller, idno, null);
    }

    /** The studies of a process this caller may see ({@code GET /api/v1/studies?process=}), drafts marked by status. */
    public List<StudySummary> studiesOfProcess(Caller caller, String processCode) {
        return studies.list(caller, new StudyFilter(null, processCode, null), PageRequest.of(1, 100)).items();
    }

    /**
     * The IDNos of the never-published studies this caller sees ({@code GET /api/v1/studies?status=draft}), so that
     * result lists can mark them: the index's hits carry no status. Empty, without a query, for the public.
     */
    public Set<String> drafts(Caller caller) {
        Set<String> drafts = new HashSet<>();
        if (!AccessPolicy.seesBeyondPublic(caller)) {
            return drafts;
        }
        StudyFilter onlyDrafts = new StudyFilter(null, null, "draft");
        for (int page = 1; page <= MAX_DRAFT_PAGES; page++) {
            Page<StudySummary> found = studies.list(caller, onlyDrafts, PageRequest.of(page, Page.MAX_SIZE));
            found.items().forEach(s -> drafts.add(s.idno()));
            if (found.items().size() < Page.MAX_SIZE) {
                break;
            }
        }
        return drafts;
    }

    /** Bounds the drafts lookup of one page view (an editor with more drafts sees the rest unmarked in lists). */
    private static final int MAX_DRAFT_PAGES = 20;
}
