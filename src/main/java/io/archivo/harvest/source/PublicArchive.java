package io.archivo.harvest.source;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.archive.api.dto.StudyRead;
import io.archivo.archive.api.dto.StudySummary;
import io.archivo.archive.api.dto.StudyView;
import io.archivo.archive.api.dto.VersionView;
import io.archivo.archive.service.StudyChanged;
import io.archivo.archive.service.StudyFilter;
import io.archivo.archive.service.StudyQueryService;
import io.archivo.common.api.Page;
import io.archivo.common.api.PageRequest;
import io.archivo.common.problem.ProblemException;
import io.archivo.ddi.model.Variable;
import io.archivo.files.FileService;
import io.archivo.files.FileView;
import io.archivo.inventory.service.ProcessService;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The ONE place where harvesting reads other capabilities, and only through their public services, always as the
 * anonymous caller: whatever the archive would not show an anonymous visitor (drafts, withdrawn or classified
 * studies, sensitive variables) can never reach a harvester. When the archive publishes its read interface, this
 * class is the only one to re-point.
 */
@ApplicationScoped
public class PublicArchive {

    /** Harvesters are the public, whoever authenticates. */
    private static final Caller PUBLIC = Caller.ANONYMOUS;

    private final StudyQueryService studies;
    private final ProcessService processes;
    private final FileService files;

    private final Event<PublicChange> relay;

    PublicArchive(StudyQueryService studies, ProcessService processes, FileService files, Event<PublicChange> relay) {
        this.studies = studies;
        this.processes = processes;
        this.files = files;
        this.relay = relay;
    }

    /** A study's public face may have changed (published, withdrawn, reclassified, variables flagged). */
    public record PublicChange(String idno) {
    }

    /** Relays the archive's committed public changes; new drafts change nothing the public sees. */
    void onStudyChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) StudyChanged change) {
        if (change.publicChange()) {
            relay.fire(new PublicChange(change.idno()));
        }
    }

    /** The study as the public sees it, or empty when the public may not see it (or it does not exist). */
    public Optional<PublicStudy> study(String idno) {
        return visible(() -> {
            StudyView v = studies.get(PUBLIC, idno);
            return publicStudy(v, studies.version(PUBLIC, idno, v.version()));
        });
    }

    /**
     * The study of a read made for another caller (the study page's), when that read is exactly the public's
     * ({@link StudyRead#publicFace()}); empty otherwise, and then nothing of it may be described.
     */
    public Optional<PublicStudy> study(StudyRead read) {
        if (!read.publicFace()) {
            return Optional.empty();
        }
        StudyView v = read.study();
        return read.versions().stream().filter(version -> version.number() == v.version()).findFirst()
                .map(version -> publicStudy(v, version));
    }

    /** The public's study from its view and its shown version's. */
    private static PublicStudy publicStudy(StudyView v, VersionView version) {
        // the version's figures are those of the public download (the archive's digest is the ETag of ddi())
        return new PublicStudy(v.idno(), v.title(), v.processCode(), v.ddiVersion(), v.version(), v.variableCount(),
                v.updatedAt(), version.publishedAt(), v.description(), v.geography(), version.sizeBytes(),
                version.sha256());
    }

    /** The public DDI download of the published version: sensitive variables already removed by the archive. */
    public Optional<byte[]> ddi(String idno) {
        return visible(() -> studies.ddi(PUBLIC, idno, null).content());
    }

    /** The publicly visible variables of the published version, in document order. */
    public List<Variable> variables(String idno) {
        List<Variable> out = new ArrayList<>();
        for (int page = 1;; page++) {
            int p = page;
            Optional<Page<Variable>> items = visible(() -> studies.variables(PUBLIC, idno, null,
                    PageRequest.of(p, Page.MAX_SIZE)));
            if (items.isEmpty()) {
                return out;
            }
            out.addAll(items.get().items());
            if (items.get().items().size() < Page.MAX_SIZE) {
                return out;
            }
        }
    }

    /** The IDNos of every study the public may see now. */
    public List<String> publicIdnos() {
        List<String> out = new ArrayList<>();
        for (int page = 1;; page++) {
            Page<StudySummary> items = studies.list(PUBLIC, new StudyFilter(null, null, null),
                    PageRequest.of(page, Page.MAX_SIZE));
            items.items().forEach(s -> out.add(s.idno()));
            if (items.items().size() < Page.MAX_SIZE) {
                return out;
            }
        }
    }

    /** One page of the IDNos the public may see, in IDNo order, with how many there are in all. */
    public record IdnoPage(long total, List<String> idnos) {
    }

    public IdnoPage publicPage(int page, int size) {
        Page<StudySummary> items = studies.list(PUBLIC, new StudyFilter(null, null, null), PageRequest.of(page, size));
        return new IdnoPage(items.total(), items.items().stream().map(StudySummary::idno).toList());
    }

    /**
     * The data files of a public study whose content the public may download ({@code publica} files): what the
     * files capability lists to an anonymous caller, less the classified ones it lists but would refuse (403).
     */
    public List<FileView> downloadableFiles(String idno) {
        return downloadable(visible(() -> files.list(PUBLIC, idno, null)).orElse(List.of()));
    }

    /** Of the files a public study lists to the public, those the public may download. */
    public static List<FileView> downloadable(List<FileView> listedToThePublic) {
        // the study is public, so AccessPolicy.requireFileContent lets the public read exactly these
        return listedToThePublic.stream().filter(f -> AccessPolicy.PUBLICA.equals(f.accessLevel())).toList();
    }

    public Optional<ProcessFacts> process(String code) {
        if (code == null) {
            return Optional.empty();
        }
        // the heading only (one row): a description cites the process, it does not need its norms and sheet
        return processes.heading(code).map(p -> new ProcessFacts(p.code(), p.name(),
                p.department() == null ? null : p.department().code(),
                p.department() == null ? null : p.department().label(), p.thematicArea(),
                p.type() == null ? null : p.type().code(), p.type() == null ? null : p.type().label()));
    }

    /**
     * Runs a read as the public, outside any transaction: the archive answers "not visible" with a 404 exception,
     * which inside a transaction would mark it for rollback (the caller's harvest-record write with it).
     */
    private static <T> Optional<T> visible(Supplier<T> read) {
        ManagedContext requests = Arc.container().requestContext();
        boolean activated = !requests.isActive();
        if (activated) {
            requests.activate(); // start-up has none; reads outside a transaction need one
        }
        try {
            return QuarkusTransaction.suspendingExisting().call(() -> {
                try {
                    return Optional.of(read.get());
                } catch (ProblemException e) {
                    if (e.status() == 404) {
                        return Optional.<T>empty();
                    }
                    throw e;
                }
            });
        } finally {
            if (activated) {
                requests.terminate();
            }
        }
    }
}
