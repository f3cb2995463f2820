package io.archivo.access;

/**
 * The one place that decides what a caller may see and change. Anonymous callers see published, public,
 * non-withdrawn content only; editors and admins also see drafts and withdrawn studies.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** May the caller see this study at all (404 otherwise, so that its existence does not leak)? */
    public static boolean canSee(Caller caller, StudyVisibility study) {
        if (caller.isEditor()) {
            return true;
        }
        return study.isPubliclyVisible();
    }

    /** May the caller see unpublished versions (drafts) of a study it can see? */
    public static boolean canSeeDrafts(Caller caller) {
        return caller.isEditor();
    }

    /** The same rule as {@link StudyVisibility#isPubliclyVisible()}, as a JPQL condition on a Study entity. */
    public static final String PUBLIC_STUDY_JPQL =
            "publishedVersion is not null and withdrawn = false and classification = 'publica'";

    /** The facts about a study that visibility depends on. */
    public interface StudyVisibility {
        boolean isPublished();

        boolean isWithdrawn();

        String classification();

        default boolean isPubliclyVisible() {
            return isPublished() && !isWithdrawn() && "publica".equals(classification());
        }
    }
}
