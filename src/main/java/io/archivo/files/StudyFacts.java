package io.archivo.files;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.archive.api.dto.StudyView;
import io.archivo.archive.service.StudyQueryService;
import io.archivo.common.api.Page;
import io.archivo.common.api.PageRequest;
import io.archivo.ddi.model.DataFile;
import io.archivo.ddi.model.Variable;
import io.archivo.inventory.service.ProcessScope;
import io.archivo.inventory.service.ProcessService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * What the files need to know about a study, read through the archive's public query service (never its
 * entities): whether the caller may see it (else 404), its effective level, department and DDI file descriptions.
 */
@ApplicationScoped
public class StudyFacts {

    private final StudyQueryService studies;
    private final ProcessService processes;

    StudyFacts(StudyQueryService studies, ProcessService processes) {
        this.studies = studies;
        this.processes = processes;
    }

    /** {@code processCode}: the inventory process the study belongs to (null when none). */
    public record Facts(String idno, AccessPolicy.StudyVisibility visibility, int version, List<DataFile> dataFiles,
            String processCode) {
    }

    /** The study as the caller sees it; 404 when they may not. */
    public Facts of(Caller caller, String idno) {
        StudyView view = studies.get(caller, idno);
        // the department's code only: two columns, not the whole process with its norms
        String department = view.processCode() == null ? null
                : processes.scope(view.processCode()).map(ProcessScope::department).orElse(null);
        AccessPolicy.StudyVisibility v = AccessPolicy.scoped(new Visibility(view.publishedVersion() != null,
                "withdrawn".equals(view.status()), view.classification()), department, null);
        return new Facts(view.idno(), v, view.version(),
                view.description() == null ? List.of() : view.description().files(), view.processCode());
    }

    /**
     * The variables of the version the caller sees, as the archive shows them to this caller (sensitive variables
     * it may not see are left out by the archive, so a comparison cannot reveal them).
     */
    public List<Variable> variables(Caller caller, String idno) {
        List<Variable> all = new ArrayList<>();
        for (int page = 1;; page++) {
            Page<Variable> p = studies.variables(caller, idno, null, PageRequest.of(page, Page.MAX_SIZE));
            all.addAll(p.items());
            if (p.items().size() < Page.MAX_SIZE || all.size() >= p.total()) {
                return all;
            }
        }
    }

    private record Visibility(boolean isPublished, boolean isWithdrawn, String classification)
            implements AccessPolicy.StudyVisibility {
    }
}
