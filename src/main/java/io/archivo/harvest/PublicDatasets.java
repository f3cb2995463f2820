package io.archivo.harvest;

import io.archivo.archive.api.dto.StudyRead;
import io.archivo.files.FileView;
import io.archivo.harvest.source.PublicArchive;
import io.archivo.harvest.source.PublicStudy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Assembles {@link PublicDataset}s from the public face of the archive and of the files (via PublicArchive). */
@ApplicationScoped
public class PublicDatasets {

    private final PublicArchive archive;
    private final HarvestExtensions extensions;

    PublicDatasets(PublicArchive archive, HarvestExtensions extensions) {
        this.archive = archive;
        this.extensions = extensions;
    }

    /** One page of the public catalogue (IDNo order) and the total number of public studies. */
    public record DatasetPage(long total, List<PublicDataset> datasets) {
    }

    public DatasetPage page(int page, int size) {
        PublicArchive.IdnoPage idnos = archive.publicPage(page, size);
        List<PublicDataset> out = new ArrayList<>(idnos.idnos().size());
        for (String idno : idnos.idnos()) {
            of(idno).ifPresent(out::add); // one withdrawn meanwhile is simply left out
        }
        return new DatasetPage(idnos.total(), out);
    }

    /** The study as the public sees it, or empty when the public may not see it. */
    public Optional<PublicDataset> of(String idno) {
        return archive.study(idno).map(study -> dataset(study, archive.downloadableFiles(idno)));
    }

    /**
     * The same from a read made for the study page's caller and the files it listed to that caller, when the read is
     * the public's ({@link StudyRead#publicFace()}: the caller manages nothing of a public study, so it was shown the
     * public's study and files); empty otherwise.
     */
    public Optional<PublicDataset> of(StudyRead read, List<FileView> listedFiles) {
        return archive.study(read).map(study -> dataset(study, PublicArchive.downloadable(listedFiles)));
    }

    private PublicDataset dataset(PublicStudy study, List<FileView> downloadable) {
        // the size and digest of the public DDI download come with the study: no need to read and hash the document
        return new PublicDataset(study, archive.process(study.processCode()).orElse(null), study.ddiBytes(),
                study.ddiSha256(), downloadable, extensions.comunas(study));
    }

    /** The variables the public may see (sensitive ones are never among them). */
    public List<io.archivo.ddi.model.Variable> variables(String idno) {
        return archive.variables(idno);
    }

}
