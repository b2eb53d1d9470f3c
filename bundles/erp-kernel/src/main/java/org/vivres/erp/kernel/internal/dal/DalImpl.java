package org.vivres.erp.kernel.internal.dal;

import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.query.CommonQueryContract;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.DalQuery;
import org.vivres.erp.api.model.ErpEntity;
import org.vivres.erp.api.persistence.EntityListener;

/** The {@link Dal} on the current transaction's Hibernate session. */
@Component(service = Dal.class)
public final class DalImpl implements Dal {
    private final SessionHolder sessions;
    private final ContextImpl context;
    private final List<EntityListener<?>> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public DalImpl(@Reference SessionHolder sessions, @Reference ContextImpl context) {
        this.sessions = sessions;
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(EntityListener<?> listener) {
        listeners.add(listener);
    }

    void removeListener(EntityListener<?> listener) {
        listeners.remove(listener);
    }

    @Override
    public <T extends ErpEntity> T get(Class<T> type, UUID id) {
        return readable(id == null ? null : found(sessions.current().find(type, id)));
    }

    @Override
    public <T extends ErpEntity> Map<UUID, T> get(Class<T> type, Collection<UUID> ids) {
        // Hibernate's multi-load binds the ids as one array (id = any(?)): one statement whatever their number,
        // where "id in (:ids)" is translated to SQL again for each number of ids.
        List<UUID> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, T> found = new LinkedHashMap<>();
        if (distinct.isEmpty()) {
            return found;
        }
        // One id: the single-id loader, whose SQL Hibernate keeps (the multi-id one builds its SQL at each call).
        List<T> entities = distinct.size() == 1 ? Arrays.asList(sessions.current().find(type, distinct.get(0)))
                : sessions.current().findMultiple(type, distinct);
        for (T entity : entities) {
            T readable = readable(entity);
            if (readable != null) {
                found.put(readable.getId(), readable);
            }
        }
        if (found.size() < distinct.size() && sessions.current().getTransaction().getRollbackOnly()) {
            throw new TransactionBrokenException();
        }
        return found;
    }

    @Override
    public <T extends ErpEntity> T getForUpdate(Class<T> type, UUID id) {
        return readable(id == null ? null : found(sessions.current().find(type, id, LockModeType.PESSIMISTIC_WRITE)));
    }

    /**
     * Hibernate's {@code find} answers {@code null} instead of failing when a JDBC error has already
     * marked the transaction rollback-only (HHH-12472): a lost connection must not read as "not found".
     */
    private <T> T found(T entity) {
        if (entity == null && sessions.current().getTransaction().getRollbackOnly()) {
            throw new TransactionBrokenException();
        }
        return entity;
    }

    private <T extends ErpEntity> T readable(T entity) {
        return entity != null && context.canAccess(entity.getOrganization()) ? entity : null;
    }

    @Override
    public <T extends ErpEntity> T save(T entity) {
        notify(entity, true);
        // PostgreSQL keeps microseconds: an answer built from the entity must read as the row does later
        entity.audit(context.username(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        var session = sessions.current();
        if (session.contains(entity)) {
            return entity;
        }
        if (entity.getVersion() == null) {
            session.persist(entity);
            return entity;
        }
        return session.merge(entity);
    }

    @Override
    public void remove(ErpEntity entity) {
        notify(entity, false);
        sessions.current().remove(entity);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void notify(ErpEntity entity, boolean save) {
        for (EntityListener listener : listeners) {
            if (listener.entityType().isInstance(entity)) {
                if (save) {
                    listener.onSave(entity);
                } else {
                    listener.onRemove(entity);
                }
            }
        }
    }

    @Override
    public <T extends ErpEntity> DalQuery<T> query(Class<T> type, String where, Map<String, ?> params) {
        return new DalQueryImpl<>(sessions.current(), type, where, params,
                context.isAdmin() ? null : context.readableOrganizations());
    }

    @Override
    public <R> List<R> select(String hql, Class<R> resultType, Map<String, ?> params) {
        var query = sessions.current().createSelectionQuery(hql, resultType);
        bind(query, params);
        return query.getResultList();
    }

    @Override
    public int update(String hql, Map<String, ?> params) {
        var query = sessions.current().createMutationQuery(hql);
        bind(query, params);
        return query.executeUpdate();
    }

    @Override
    public int execute(String sql, Map<String, ?> params) {
        // Native SQL may touch rows the session has not written yet (a new organization, say).
        sessions.current().flush();
        NativeSql statement = NativeSql.of(sql);
        return sessions.current().doReturningWork(c -> statement.execute(c, params == null ? Map.of() : params));
    }

    @Override
    public <R> List<R> executeReturning(String sql, Class<R> resultType, Map<String, ?> params) {
        return nativeRows(sql, resultType, params);
    }

    @Override
    public <R> List<R> selectNative(String sql, Class<R> resultType, Map<String, ?> params) {
        return nativeRows(sql, resultType, params);
    }

    /** A native statement's rows: flushed first, as in execute, so that it sees what the session has not written. */
    private <R> List<R> nativeRows(String sql, Class<R> resultType, Map<String, ?> params) {
        sessions.current().flush();
        NativeSql statement = NativeSql.of(sql);
        return sessions.current().doReturningWork(c -> statement.rows(c, resultType,
                params == null ? Map.of() : params));
    }

    @Override
    public void flush() {
        sessions.current().flush();
    }

    static void bind(CommonQueryContract query, Map<String, ?> params) {
        if (params == null) {
            return;
        }
        params.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                query.setParameterList(name, values);
            } else {
                query.setParameter(name, value);
            }
        });
    }
}
