package io.archivo.web;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.archive.api.dto.StudyRead;
import io.archivo.archive.api.dto.StudySummary;
import io.archivo.archive.api.dto.WithdrawalView;
import io.archivo.archive.service.StudyFilter;
import io.archivo.archive.service.StudyOrder;
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
import io.archivo.search.SearchType;
import io.archivo.search.api.SearchVisibility;
import io.archivo.search.service.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The pages' one door to the archive and the search: the same service calls, with the same caller, as
 * {@code StudyResource} and {@code SearchResource}. Re-point here when the archive's read interface changes.
 *
 * <p>The archive's answers to a caller without roles (the public) are the same for every such caller, so they are
 * kept per catalogue state ({@link PageModels}) under keys that start with {@code "public"}; every other caller (an
 * editor sees drafts, an admin everything) is answered by the services on every request. Search answers come from
 * the search service, which keeps its own results per index reader.
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
    @Inject
    PageModels models;

    /**
     * The public's answer, kept per catalogue state; anyone else's, read now. AccessPolicy decides reads by the
     * caller's roles and departments only, and a caller without roles has no department rights: it sees exactly
     * what the anonymous caller sees.
     */
    private <T> T read(Caller caller, List<Object> key, Supplier<T> read) {
        if (!caller.isAnonymous()) {
            return read.get();
        }
        List<Object> publicKey = new ArrayList<>(key.size() + 1);
        publicKey.add("public");
        publicKey.addAll(key);
        return models.get(List.copyOf(publicKey), read);
    }

    public SearchResult search(Caller caller, SearchRequest request) {
        return search.search(request.withVisibility(SearchVisibility.of(caller)));
    }

    /** How many studies or variables this caller may find (exactly, unlike a search's total past 1,000). */
    public long count(Caller caller, SearchType type) {
        return search.count(type, SearchVisibility.of(caller));
    }

    public List<String> suggest(Caller caller, String prefix, int limit) {
        return search.suggest(prefix, SearchVisibility.of(caller), limit);
    }

    /**
     * The study page's one read: the study, its versions and one page of variables as the API shows them to this
     * caller (with the names and labels of its first {@code labels} variables), and the access facts it was decided
     * by; empty where the API answers 404.
     */
    public Optional<StudyRead> studyPage(Caller caller, String idno, PageRequest variables, int labels) {
        return read(caller, List.of("study-page", idno, variables.page(), variables.size(), labels), () -> {
            try {
                return Optional.of(studies.read(caller, idno, variables, labels));
            } catch (ProblemException e) {
                if (e.status() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    public Page<Variable> variables(Caller caller, String idno, PageRequest paging) {
        return read(caller, List.of("variables", idno, paging.page(), paging.size()),
                () -> studies.variables(caller, idno, null, paging));
    }

    /**
     * The withdrawal notice of a study the caller may know was withdrawn (title, date, reason, replacement), as
     * {@code GET /api/v1/studies/{idno}} gives it in its 410 problem; empty otherwise. {@code AccessPolicy} decides.
     */
    public Optional<WithdrawalView> withdrawal(Caller caller, String idno) {
        return read(caller, List.of("withdrawal", idno), () -> studies.withdrawal(caller, idno));
    }

    /**
     * When a study the caller cannot see was public once: the datestamp of its deleted OAI-PMH record (withdrawn or
     * reclassified), which {@code /oai} already tells anybody. Empty for studies never public, or public now.
     */
    public Optional<OffsetDateTime> noLongerPublicSince(String idno) {
        return harvestRecords.byIdno(idno, RecordQueries.Content.NONE).filter(RecordQueries.Row::deleted)
                .map(RecordQueries.Row::datestamp);
    }

    /**
     * The study's current data files as {@code GET /api/v1/studies/{idno}/files} lists them to this caller, for a
     * study just read for the same caller (its access facts come with that read).
     */
    public List<FileView> files(Caller caller, StudyRead study) {
        return read(caller, List.of("files", study.scope().idno()), () -> files.list(caller, study.scope()));
    }

    /**
     * The studies most recently published that this caller may see ({@code GET /api/v1/studies?sort=published}),
     * at most {@code limit}; never-published drafts are left out, withdrawn ones (for those who see them) kept with
     * their status.
     */
    public List<StudySummary> latestPublished(Caller caller, int limit) {
        return read(caller, List.of("latest-published", limit), () -> studies.list(caller,
                new StudyFilter(null, null, null), PageRequest.of(1, limit), StudyOrder.PUBLISHED).items().stream()
                .filter(s -> s.publishedAt() != null).toList());
    }

    /** The studies of a process this caller may see ({@code GET /api/v1/studies?process=}), drafts marked by status. */
    public List<StudySummary> studiesOfProcess(Caller caller, String processCode) {
        return read(caller, List.of("studies-of-process", processCode),
                () -> studies.list(caller, new StudyFilter(null, processCode, null), PageRequest.of(1, 100)).items());
    }

    /**
     * The studies this caller sees that are not published, with the badge that marks them ("Borrador" for the
     * never-published, "Retirado" for the withdrawn), as {@code GET /api/v1/studies?status=draft} and
     * {@code ?status=withdrawn} give them to the same caller, so that result lists can mark them as the process page
     * does: the index's hits carry no status. Empty, without a query, for the public (it sees published studies only).
     */
    public Map<String, String> unpublished(Caller caller) {
        Map<String, String> marks = new HashMap<>();
        if (!AccessPolicy.seesBeyondPublic(caller)) {
            return marks;
        }
        for (Map.Entry<String, String> status : STATUS_BADGES.entrySet()) {
            StudyFilter only = new StudyFilter(null, null, status.getKey());
            for (int page = 1; page <= MAX_STATUS_PAGES; page++) {
                Page<StudySummary> found = studies.list(caller, only, PageRequest.of(page, Page.MAX_SIZE));
                found.items().forEach(s -> marks.put(s.idno(), status.getValue()));
                if (found.items().size() < Page.MAX_SIZE) {
                    break;
                }
            }
        }
        return marks;
    }

    /** The badge of each status that is not "published" (the same words as the process page's). */
    static final Map<String, String> STATUS_BADGES = Map.of("draft", "Borrador", "withdrawn", "Retirado");

    /**
     * Bounds the lookup of one page view, per status (2,000 studies: a caller with more drafts or withdrawn studies
     * sees the rest unmarked in lists).
     */
    private static final int MAX_STATUS_PAGES = 20;
}
