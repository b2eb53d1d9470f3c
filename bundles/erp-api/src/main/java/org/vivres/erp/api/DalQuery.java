package org.vivres.erp.api;

import java.util.List;
import java.util.stream.Stream;
import org.osgi.annotation.versioning.ProviderType;

/** A query built by {@link Dal#query}; each call of a terminal method runs it. */
@ProviderType
public interface DalQuery<T> {

    /** Orders by an HQL expression on alias {@code e}, e.g. {@code "e.createdAt desc"}. */
    DalQuery<T> orderBy(String orderBy);

    /** At most {@code limit} rows. */
    DalQuery<T> limit(int limit);

    /** Skips {@code offset} rows. */
    DalQuery<T> offset(int offset);

    List<T> list();

    /** The single row, or {@code null}. */
    T uniqueResult();

    long count();

    /** Rows streamed from the database; close the stream. */
    Stream<T> stream();
}
