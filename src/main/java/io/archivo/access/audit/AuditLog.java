package io.archivo.access.audit;

import io.archivo.access.Caller;
import io.archivo.common.api.Page;
import io.archivo.common.api.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The audit log of every write. {@link #record} joins the writer's transaction, so an entry exists exactly when
 * the change it describes was committed.
 */
@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditEntry> {

    public static final String STUDY = "study";
    public static final String PROCESS = "process";
    public static final String IMPORT = "import";
    public static final String INDEX = "index";

    /** One entry view, as the API shows it. */
    public record View(long id, OffsetDateTime at, String actor, String action, String targetType, String target,
            Integer version, String detail) {
    }

    /** Filters of the admin query; null means any. */
    public record Filter(String actor, String action, String targetType, String target, OffsetDateTime from,
            OffsetDateTime to) {
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(Caller caller, String action, String targetType, String target, Integer version, String detail) {
        AuditEntry e = new AuditEntry();
        e.at = OffsetDateTime.now(ZoneOffset.UTC);
        e.actor = caller.name();
        e.action = action;
        e.targetType = targetType;
        e.target = truncate(target, 512);
        e.version = version;
        e.detail = truncate(detail, 4000);
        persist(e);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<View> query(Filter f, PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (f.actor() != null) {
            where.append(" and actor = :actor");
            p.and("actor", f.actor());
        }
        if (f.action() != null) {
            where.append(" and action = :action");
            p.and("action", f.action());
        }
        if (f.targetType() != null) {
            where.append(" and targetType = :targetType");
            p.and("targetType", f.targetType());
        }
        if (f.target() != null) {
            where.append(" and target = :target");
            p.and("target", f.target());
        }
        if (f.from() != null) {
            where.append(" and at >= :from");
            p.and("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and at < :to");
            p.and("to", f.to());
        }
        PanacheQuery<AuditEntry> q = find(where.toString(), Sort.descending("id"), p);
        List<View> items = q.range(paging.offset(), paging.offset() + paging.size() - 1).list().stream()
                .map(e -> new View(e.id, e.at, e.actor, e.action, e.targetType, e.target, e.version, e.detail))
                .toList();
        return new Page<>(q.count(), paging.page(), paging.size(), items);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
