package io.archivo.harvest;

import io.archivo.harvest.source.ProcessFacts;
import io.archivo.harvest.source.PublicArchive;
import io.archivo.harvest.source.PublicStudy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps {@code harvest_record} in step with what the public may see. Every public change of a study (the archive's
 * {@code StudyChanged}, relayed by {@link PublicArchive}) re-derives its record; a study that stops being public becomes a deleted record with the
 * time it stopped, and is never removed (deletedRecord=persistent). The datestamp moves only when what a
 * harvester receives changes (its fingerprint), so re-publishing the same content does not make harvesters
 * fetch it again.
 * <p>
 * Updates are serialised (one writer): record ids are handed out in commit order, which is what lets resumption
 * tokens bound a harvest to the records that existed when it started.
 */
@ApplicationScoped
public class HarvestRecords {

    private static final Logger LOG = Logger.getLogger(HarvestRecords.class);

    private final EntityManager em;
    private final PublicArchive archive;
    private final HarvestExtensions extensions;
    private final HarvestConfig config;

    HarvestRecords(EntityManager em, PublicArchive archive, HarvestExtensions extensions, HarvestConfig config) {
        this.em = em;
        this.archive = archive;
        this.extensions = extensions;
        this.config = config;
    }

    void onChange(@Observes PublicArchive.PublicChange change) {
        try {
            refresh(change.idno());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not update the harvest record of %s; the next start-up reconciles it", change.idno());
        }
    }

    /** Start-up: adds public studies the records lack and marks as deleted those no longer public. */
    void onStart(@Observes @Priority(150) StartupEvent event) {
        int changed = reconcile();
        LOG.infof("Harvest records reconciled with the archive: %d changed", changed);
    }

    /**
     * Adds the public studies the records lack, re-derives those without a fingerprint (a migration forgot it because
     * the derivation changed) and re-checks those no longer public; returns how many changed.
     */
    public int reconcile() {
        Set<String> known = new HashSet<>(QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select r.idno from HarvestRecord r where r.deleted = false", String.class)
                .getResultList()));
        Set<String> stale = new HashSet<>(QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select r.idno from HarvestRecord r where r.deleted = false and r.fingerprint is null",
                        String.class)
                .getResultList()));
        List<String> publicNow = QuarkusTransaction.requiringNew().call(archive::publicIdnos);
        int changed = 0;
        for (String idno : publicNow) {
            if ((!known.remove(idno) || stale.contains(idno)) && refresh(idno)) {
                changed++;
            }
        }
        for (String gone : known) {
            if (refresh(gone)) {
                changed++;
            }
        }
        return changed;
    }

    /** Brings one study's record in line with the archive; true when the record changed. */
    public synchronized boolean refresh(String idno) {
        return QuarkusTransaction.requiringNew().call(() -> refreshInTransaction(idno));
    }

    private boolean refreshInTransaction(String idno) {
        HarvestRecord record = byIdno(idno).orElse(null);
        Optional<PublicStudy> study = archive.study(idno);
        Optional<byte[]> ddi = study.isPresent() ? archive.ddi(idno) : Optional.empty();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        if (study.isEmpty() || ddi.isEmpty()) {
            if (record == null || record.deleted) {
                return false; // never public: harvesters never hear of it
            }
            record.deleted = true;
            record.datestamp = now;
            record.ddi = null;
            record.dc = null;
            record.fingerprint = null;
            return true;
        }
        ProcessFacts process = archive.process(study.get().processCode()).orElse(null);
        byte[] codeBook = DdiEmbedding.codeBook(ddi.get());
        String dc = DublinCore.record(study.get(), process, config.license(), config.publisher());
        Map<String, String> sets = sets(study.get(), process);
        String fingerprint = fingerprint(codeBook, dc, sets.keySet());
        if (record != null && !record.deleted && fingerprint.equals(record.fingerprint)) {
            return false;
        }
        boolean fresh = record == null;
        if (fresh) {
            record = new HarvestRecord();
            record.id = ((Number) em.createNativeQuery("select nextval('harvest_record_seq')").getSingleResult())
                    .longValue();
            record.idno = idno;
        }
        record.deleted = false;
        record.datestamp = now;
        record.ddi = codeBook;
        record.dc = dc;
        record.fingerprint = fingerprint;
        record.sets.clear();
        record.sets.addAll(sets.keySet());
        if (fresh) {
            em.persist(record);
        }
        sets.forEach(this::nameSet);
        return true;
    }

    /** The sets a study belongs to, with their names, parents included. */
    private Map<String, String> sets(PublicStudy study, ProcessFacts process) {
        Map<String, String> sets = new LinkedHashMap<>();
        if (process != null) {
            if (process.departmentCode() != null) {
                sets.put("department", "Dependencias");
                sets.put("department:" + process.departmentCode(), process.departmentLabel());
            }
            if (process.thematicArea() != null && !process.thematicArea().isBlank()) {
                sets.put("thematicArea", "Áreas temáticas");
                sets.put("thematicArea:" + Slugs.of(process.thematicArea()), process.thematicArea().strip());
            }
            if (process.typeCode() != null) {
                sets.put("processType", "Tipos de proceso estadístico");
                sets.put("processType:" + process.typeCode(), process.typeLabel());
            }
        }
        // the comunas and corregimientos of Cali's frame, by CL_AREA_CALI code (comuna:03, comuna:51)
        for (HarvestExtensions.Place place : extensions.comunas(study)) {
            sets.put("comuna", "Comunas y corregimientos");
            sets.put("comuna:" + Slugs.of(place.code()), "corregimiento".equals(place.kind())
                    ? "Corregimiento " + place.name() : place.name());
        }
        return sets;
    }

    private void nameSet(String spec, String name) {
        HarvestSet set = em.find(HarvestSet.class, spec);
        if (set == null) {
            set = new HarvestSet();
            set.spec = spec;
            set.name = name;
            em.persist(set);
        } else if (!set.name.equals(name)) {
            set.name = name;
        }
    }

    private static String fingerprint(byte[] ddi, String dc, Set<String> sets) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ddi);
            sha.update(dc.getBytes(StandardCharsets.UTF_8));
            sets.stream().sorted().forEach(s -> sha.update(("\n" + s).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<HarvestRecord> byIdno(String idno) {
        return em.createQuery("select r from HarvestRecord r where r.idno = :idno", HarvestRecord.class)
                .setParameter("idno", idno).getResultStream().findFirst();
    }
}
