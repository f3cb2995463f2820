package io.archivo.web;

import io.archivo.archive.api.dto.StudySummary;
import io.archivo.search.SearchHit;
import io.archivo.search.StudyHit;
import io.archivo.search.VariableHit;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/**
 * A search hit as a result list shows it; snippets are already HTML-escaped with {@code <em>} marks. {@code status}:
 * the badge of a study that is not published ("Borrador", "Retirado"; only an editor of its department, or an
 * admin, sees such a study), null for a published one.
 */
@TemplateData
public record HitView(String href, String title, String kind, String meta, String studyHref, String studyTitle,
        List<String> snippets, String status) {

    public static HitView of(SearchHit hit, Map<String, String> unpublished) {
        if (hit instanceof StudyHit s) {
            String years = s.yearStart() == null ? null
                    : s.yearEnd() == null || s.yearEnd().equals(s.yearStart()) ? String.valueOf(s.yearStart())
                            : s.yearStart() + "–" + s.yearEnd();
            String meta = join(s.department(), s.processCode() == null ? null : "proceso " + s.processCode(), years);
            return new HitView(Urls.study(s.studyId()), s.title(), "estudio", meta, null, null, s.snippets(),
                    unpublished.get(s.studyId()));
        }
        VariableHit v = (VariableHit) hit;
        String title = v.name() + (v.label() == null || v.label().isBlank() ? "" : " — " + v.label());
        return new HitView(Urls.study(v.studyId()) + "?vq=" + Urls.enc(v.name()) + "#variables", title, "variable",
                v.question(), Urls.study(v.studyId()), v.studyTitle(), v.snippets(), unpublished.get(v.studyId()));
    }

    /**
     * A study of a listing as the home page's latest studies show it: its department and process, and the day its
     * published version was published; marked with its status where it is not published.
     */
    public static HitView ofStudy(StudySummary s, String department) {
        String meta = join(department, s.processCode() == null ? null : "proceso " + s.processCode(),
                s.publishedAt() == null ? null : "publicado el " + s.publishedAt().toLocalDate());
        return new HitView(Urls.study(s.idno()), s.title(), "estudio", meta, null, null, List.of(),
                CatalogueReads.STATUS_BADGES.get(s.status()));
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.length() == 0 ? "" : " · ").append(p);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }
}
