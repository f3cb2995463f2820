package io.archivo.harvest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Read side of the harvest records: keyset pages on the record id, selective by datestamp and set. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecordQueries {

    /** Which records a list request selects; null members select everything. */
    public record Criteria(OffsetDateTime from, OffsetDateTime until, String set) {
    }

    /** A record as listed: header fields, and the metadata in the asked format when it is not deleted. */
    public record Row(long id, String idno, OffsetDateTime datestamp, boolean deleted, List<String> sets,
            byte[] ddi, String dc) {
    }

    public enum Content { NONE, DDI, DC }

    private final EntityManager em;

    RecordQueries(EntityManager em) {
        this.em = em;
    }

    /** The highest record id: records first seen after a harvest started lie above it. */
    public long maxId() {
        Long max = em.createQuery("select max(r.id) from HarvestRecord r", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    public long count(Criteria c, long bound) {
        TypedQuery<Long> q = em.createQuery("select count(r) from HarvestRecord r where r.id <= :bound"
                + conditions(c), Long.class);
        q.setParameter("bound", bound);
        bind(q, c);
        return q.getSingleResult();
    }

    /** Up to {@code size} records with {@code after < id <= bound}, in id order. */
    public List<Row> page(Criteria c, long after, long bound, int size, Content content) {
        String select = switch (content) {
            case NONE -> "null, null";
            case DDI -> "r.ddi, null";
            case DC -> "null, r.dc";
        };
        TypedQuery<Object[]> q = em.createQuery("select r.id, r.idno, r.datestamp, r.deleted, " + select
                + " from HarvestRecord r where r.id > :after and r.id <= :bound" + conditions(c) + " order by r.id",
                Object[].class);
        q.setParameter("after", after).setParameter("bound", bound);
        bind(q, c);
        List<Object[]> rows = q.setMaxResults(size).getResultList();
        Map<Long, List<String>> sets = sets(rows.stream().map(r -> (Long) r[0]).toList());
        List<Row> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Row((Long) r[0], (String) r[1], (OffsetDateTime) r[2], (Boolean) r[3],
                    sets.getOrDefault((Long) r[0], List.of()), (byte[]) r[4], (String) r[5]));
        }
        return out;
    }

    public Optional<Row> byIdno(String idno, Content content) {
        List<Long> ids = em.createQuery("select r.id from HarvestRecord r where r.idno = :idno", Long.class)
                .setParameter("idno", idno).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return page(new Criteria(null, null, null), ids.get(0) - 1, ids.get(0), 1, content).stream().findFirst();
    }

    /** The earliest datestamp any record has, or empty when there are none. */
    public Optional<OffsetDateTime> earliestDatestamp() {
        return Optional.ofNullable(em.createQuery("select min(r.datestamp) from HarvestRecord r",
                OffsetDateTime.class).getSingleResult());
    }

    /** Every set with its name, parents before children. */
    public List<HarvestSet> sets() {
        List<HarvestSet> all = new ArrayList<>(em.createQuery("select s from HarvestSet s", HarvestSet.class)
                .getResultList());
        all.sort(Comparator.comparing(s -> s.spec));
        return all;
    }

    public boolean setExists(String spec) {
        return em.find(HarvestSet.class, spec) != null;
    }

    private Map<Long, List<String>> sets(List<Long> ids) {
        Map<Long, List<String>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select r.id, s from HarvestRecord r join r.sets s where r.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        out.replaceAll((k, v) -> List.copyOf(new TreeSet<>(v)));
        return out;
    }

    private static String conditions(Criteria c) {
        StringBuilder where = new StringBuilder();
        if (c.from() != null) {
            where.append(" and r.datestamp >= :from");
        }
        if (c.until() != null) {
            where.append(" and r.datestamp <= :until");
        }
        if (c.set() != null) {
            // membership rows include every ancestor set, so one equality covers the hierarchy
            where.append(" and exists (select 1 from HarvestRecord m join m.sets ms where m.id = r.id and ms = :set)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> q, Criteria c) {
        if (c.from() != null) {
            q.setParameter("from", c.from());
        }
        if (c.until() != null) {
            q.setParameter("until", c.until());
        }
        if (c.set() != null) {
            q.setParameter("set", c.set());
        }
    }
}
