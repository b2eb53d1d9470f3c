package org.vivres.erp.kernel.internal.dal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;
import org.vivres.erp.api.DalQuery;

/** An HQL query on alias {@code e}, restricted to readable organizations unless admin. */
final class DalQueryImpl<T> implements DalQuery<T> {
    private final Session session;
    private final Class<T> type;
    private final String where;
    private final Map<String, Object> params = new HashMap<>();
    private String orderBy;
    private int limit = -1;
    private int offset;

    DalQueryImpl(Session session, Class<T> type, String where, Map<String, ?> params, Set<UUID> readable) {
        this.session = session;
        this.type = type;
        if (params != null) {
            this.params.putAll(params);
        }
        String condition = where == null || where.isBlank() ? "1=1" : "(" + where + ")";
        if (readable != null && readable.size() <= 1) {
            // A single-valued parameter: Hibernate caches the SQL of such a query, while a list parameter makes it
            // translate the query again at every execution (most of the till's CPU went there).
            this.params.put("readableOrganization", readable.isEmpty() ? new UUID(0, 0) : readable.iterator().next());
            condition += " and (e.organization is null or e.organization = :readableOrganization)";
        } else if (readable != null) {
            this.params.put("readableOrganizations", readable);
            condition += " and (e.organization is null or e.organization in :readableOrganizations)";
        }
        this.where = condition;
    }

    @Override
    public DalQuery<T> orderBy(String expression) {
        this.orderBy = expression;
        return this;
    }

    @Override
    public DalQuery<T> limit(int max) {
        this.limit = max;
        return this;
    }

    @Override
    public DalQuery<T> offset(int first) {
        this.offset = first;
        return this;
    }

    private SelectionQuery<T> build() {
        String hql = "select e from " + type.getName() + " e where " + where
                + (orderBy == null ? "" : " order by " + orderBy);
        SelectionQuery<T> query = session.createSelectionQuery(hql, type);
        DalImpl.bind(query, params);
        if (limit >= 0) {
            query.setMaxResults(limit);
        }
        if (offset > 0) {
            query.setFirstResult(offset);
        }
        return query;
    }

    @Override
    public List<T> list() {
        return build().getResultList();
    }

    @Override
    public T uniqueResult() {
        return build().uniqueResult();
    }

    @Override
    public long count() {
        var query = session.createSelectionQuery("select count(e) from " + type.getName() + " e where " + where, Long.class);
        DalImpl.bind(query, params);
        return query.getSingleResult();
    }

    @Override
    public Stream<T> stream() {
        return build().getResultStream();
    }
}
