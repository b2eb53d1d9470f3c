package org.vivres.erp.kernel.internal.dal;

import org.hibernate.Session;
import org.osgi.service.component.annotations.Component;

/** The Hibernate session of the current thread's transaction. */
@Component(service = SessionHolder.class)
public final class SessionHolder {
    private final ThreadLocal<Session> session = new ThreadLocal<>();
    private final ThreadLocal<java.util.List<Runnable>> beforeCommit = new ThreadLocal<>();
    private final ThreadLocal<java.util.Map<Object, Object>> memos = new ThreadLocal<>();
    private final ThreadLocal<Boolean> retried = new ThreadLocal<>();

    void bind(Session s, boolean again) {
        session.set(s);
        retried.set(again);
    }

    void unbind() {
        session.remove();
        retried.remove();
        beforeCommit.remove();
        memos.remove();
    }

    /** What {@code read} answers, read once per transaction (the first call under {@code key}) and kept until its end. */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Supplier<T> read) {
        current();
        if (memos.get() == null) {
            memos.set(new java.util.HashMap<>());
        }
        java.util.Map<Object, Object> m = memos.get();
        if (!m.containsKey(key)) {
            m.put(key, read.get());
        }
        return (T) m.get(key);
    }

    /** The current session; fails outside a transaction (a programming error). */
    public Session current() {
        Session s = session.get();
        if (s == null) {
            throw new IllegalStateException("No transaction: use ErpTransactions or an HTTP handler");
        }
        return s;
    }

    /**
     * Runs {@code action} at the end of the current transaction's work, just before its commit (and not at all if
     * the work fails): what must come last, such as taking a chain's lock, waits there.
     */
    public void beforeCommit(Runnable action) {
        current();
        if (beforeCommit.get() == null) {
            beforeCommit.set(new java.util.ArrayList<>());
        }
        beforeCommit.get().add(action);
    }

    /** Runs the actions registered by {@link #beforeCommit}, in order, including those they register. */
    void runBeforeCommit() {
        java.util.List<Runnable> actions = beforeCommit.get();
        for (int i = 0; actions != null && i < actions.size(); i++) {
            actions.get(i).run();
        }
        beforeCommit.remove();
    }

    /** True when the current transaction runs its work again, the first run having failed (and rolled back). */
    public boolean retried() {
        current();
        return Boolean.TRUE.equals(retried.get());
    }

    /** True inside a transaction. */
    public boolean active() {
        return session.get() != null;
    }
}
