package io.archivo.inventory.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries on {@link StatisticalProcess}; the only place that knows HQL for the inventory. */
@ApplicationScoped
public class ProcessRepository implements PanacheRepository<StatisticalProcess> {

    public Optional<StatisticalProcess> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The code, name, department code, thematic area and type code of a process; one row, no collection. */
    public Optional<Object[]> headingColumns(String code) {
        return getEntityManager()
                .createQuery("select p.code, p.name, p.department, p.thematicArea, p.type from StatisticalProcess p"
                        + " where p.code = :c", Object[].class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** The department and classification codes of a process ({@code [department, classification]}); two columns only. */
    public Optional<String[]> accessColumns(String code) {
        return getEntityManager()
                .createQuery("select p.department, p.classification from StatisticalProcess p where p.code = :c",
                        Object[].class)
                .setParameter("c", code).getResultStream().findFirst()
                .map(row -> new String[] { (String) row[0], (String) row[1] });
    }

    /** How many processes there are and when the latest changed ({@code [count, max(updatedAt)]}). */
    public Object[] countAndLastChange() {
        return getEntityManager().createQuery("select count(p), max(p.updatedAt) from StatisticalProcess p", Object[].class)
                .getSingleResult();
    }

    /** How many processes there are and how many departments they belong to ({@code [count, departments]}). */
    public Object[] countWithDepartments() {
        return getEntityManager()
                .createQuery("select count(p), count(distinct p.department) from StatisticalProcess p", Object[].class)
                .getSingleResult();
    }

    /** One page of the processes matching {@code filter}, ordered by code. */
    public List<StatisticalProcess> page(ProcessFilter filter, int pageIndex, int pageSize) {
        return query(filter).page(Page.of(pageIndex, pageSize)).list();
    }

    public long count(ProcessFilter filter) {
        return query(filter).count();
    }

    /** Every process, ordered by code, for exports and indicators. */
    public List<StatisticalProcess> listAllByCode() {
        return listAll(Sort.by("code"));
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<StatisticalProcess> query(ProcessFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.department() != null) {
            where.append(" and department = :department");
            params.and("department", filter.department().code());
        }
        if (filter.type() != null) {
            where.append(" and type = :type");
            params.and("type", filter.type().code());
        }
        if (filter.thematicArea() != null) {
            where.append(" and lower(thematicArea) = :thematicArea");
            params.and("thematicArea", filter.thematicArea().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.publicDissemination() != null) {
            where.append(" and publicDissemination = :publicDissemination");
            params.and("publicDissemination", filter.publicDissemination());
        }
        if (filter.documented() != null) {
            where.append(" and documented = :documented");
            params.and("documented", filter.documented());
        }
        return find(where.toString(), Sort.by("code"), params);
    }
}
