package io.archivo.files.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class StudyFileRepository implements PanacheRepository<StudyFile> {

    /** The files of a study at a file-set revision (the current one when null). */
    public List<StudyFile> at(String idno, Integer revision) {
        if (revision == null) {
            return list("studyIdno = ?1 and removedRevision is null order by id", idno);
        }
        return list("studyIdno = ?1 and addedRevision <= ?2 and (removedRevision is null or removedRevision > ?2)"
                + " order by id", idno, revision);
    }

    public Optional<StudyFile> of(String idno, long id) {
        return find("studyIdno = ?1 and id = ?2", idno, id).firstResultOptional();
    }

    /** Every hash a row refers to (original bytes and cached conversions), for the orphan collector. */
    public Set<String> referencedHashes() {
        Set<String> out = new HashSet<>();
        for (Object[] row : getEntityManager()
                .createQuery("select f.sha256, f.csvSha256, f.parquetSha256 from StudyFile f", Object[].class)
                .getResultList()) {
            for (Object o : row) {
                if (o != null) {
                    out.add((String) o);
                }
            }
        }
        return out;
    }

    /** Locks (creating it when absent) the file-set row of a study and returns the next revision number. */
    public int nextRevision(String idno) {
        StudyFileSet set = getEntityManager().find(StudyFileSet.class, idno, LockModeType.PESSIMISTIC_WRITE);
        if (set == null) {
            set = new StudyFileSet();
            set.studyIdno = idno;
            set.revision = 1;
            getEntityManager().persist(set);
            getEntityManager().flush();
            return 1;
        }
        set.revision += 1;
        return set.revision;
    }

    public void countDownload(long id) {
        update("downloadCount = downloadCount + 1 where id = ?1", id);
    }
}
