package org.vivres.erp.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;
import org.vivres.erp.api.model.ErpEntity;

/**
 * The data access layer, Openbravo's {@code OBDal} without its statics. Works inside the current
 * transaction (one per HTTP request or {@link ErpTransactions} call).
 * <p>
 * Reads are filtered to the organizations the {@link ErpContext} may read: an entity of another
 * organization is simply not found. Entities whose organization is {@code null} belong to the whole
 * network and are readable by everyone. Parameters are always named ({@code :name}); never build a
 * query by concatenating values.
 */
@ProviderType
public interface Dal {

    /** The entity with this id, or {@code null} when absent or not readable. */
    <T extends ErpEntity> T get(Class<T> type, UUID id);

    /**
     * The readable entities among {@code ids}, by id, read with one statement whatever their number (those already
     * in the transaction are not read again); absent or unreadable ids are left out.
     *
     * @since 1.2
     */
    <T extends ErpEntity> Map<UUID, T> get(Class<T> type, Collection<UUID> ids);

    /** As {@link #get}, with a row lock held until the transaction ends ({@code SELECT ... FOR UPDATE}). */
    <T extends ErpEntity> T getForUpdate(Class<T> type, UUID id);

    /** Inserts or updates the entity; fills audit fields; calls the {@code EntityListener}s. */
    <T extends ErpEntity> T save(T entity);

    /** Removes the entity; calls the {@code EntityListener}s. */
    void remove(ErpEntity entity);

    /**
     * A query on {@code type}, aliased {@code e}: {@code where} is an HQL condition such as
     * {@code "e.sku = :sku"} (or {@code null} for all), {@code params} its named parameters.
     */
    <T extends ErpEntity> DalQuery<T> query(Class<T> type, String where, Map<String, ?> params);

    /**
     * An HQL select returning {@code resultType} rows (projections, sums). Not filtered by
     * organization: the caller must restrict it, typically with a parameter from {@link ErpContext}.
     */
    <R> List<R> select(String hql, Class<R> resultType, Map<String, ?> params);

    /**
     * An HQL bulk {@code update} or {@code delete}, for atomic conditional updates such as
     * {@code update X e set e.balance = e.balance - :a where e.id = :id and e.balance >= :a}.
     *
     * @return the number of rows changed
     */
    int update(String hql, Map<String, ?> params);

    /**
     * A native SQL statement on the calling bundle's own tables (an upsert with
     * {@code ON CONFLICT}, say). Named parameters as {@code :name}.
     *
     * @return the number of rows changed
     */
    int execute(String sql, Map<String, ?> params);

    /**
     * A native SQL statement on the calling bundle's own tables that answers rows ({@code update ... returning},
     * {@code insert ... returning}): a change and what it left, in one statement. Each row is its single column as
     * {@code resultType}. Named parameters as {@code :name}.
     *
     * @return the rows the statement returned (none when it changed nothing)
     * @since 1.7
     */
    <R> List<R> executeReturning(String sql, Class<R> resultType, Map<String, ?> params);

    /**
     * A native SQL read of the calling bundle's own tables, for reads on a hot path (a checkout's running totals)
     * where building an HQL query costs more than the statement itself. Runs on the transaction's connection after
     * writing pending changes, as {@link #executeReturning}, so it sees what the transaction did. Not filtered by
     * organization: the caller must restrict it, as with {@link #select}. Named parameters as {@code :name}; a
     * collection stands for one parameter per value.
     * <p>
     * Each row is its single column as {@code resultType}, or, when {@code resultType} is {@code Object[].class},
     * all its columns in order: a {@code date} as {@link java.time.LocalDate}, a {@code timestamp with time zone} as
     * {@link java.time.OffsetDateTime}, a {@code timestamp} as {@link java.time.LocalDateTime}, a {@code numeric} as
     * {@link java.math.BigDecimal}, a {@code uuid} as {@link UUID}, others as the driver gives them ({@code String},
     * {@code Integer}, {@code Long}, {@code Boolean}...); SQL {@code null} as {@code null}.
     *
     * @return the rows the query answered
     * @since 1.8
     */
    <R> List<R> selectNative(String sql, Class<R> resultType, Map<String, ?> params);

    /** Writes pending changes to the database now (to meet a constraint early). */
    void flush();
}
