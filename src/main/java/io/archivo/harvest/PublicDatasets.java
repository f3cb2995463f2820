package io.archivo.harvest;

import io.archivo.harvest.source.PublicArchive;
import io.archivo.harvest.source.PublicStudy;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
        Optional<PublicStudy> study = archive.study(idno);
        Optional<byte[]> ddi = study.isPresent() ? archive.ddi(idno) : Optional.empty();
        if (study.isEmpty() || ddi.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PublicDataset(study.get(), archive.process(study.get().processCode()).orElse(null),
                ddi.get().length, sha256(ddi.get()), archive.downloadableFiles(idno), extensions.comunas(study.get())));
    }

    /** The variables the public may see (sensitive ones are never among them). */
    public List<io.archivo.ddi.model.Variable> variables(String idno) {
        return archive.variables(idno);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
