package org.vivres.erp.kernel.internal.dal;

import org.hibernate.Session;
import org.osgi.service.component.annotations.Component;

/** The Hibernate session of the current thread's transaction. */
@Component(service = SessionHolder.class)
public final class SessionHolder {
    private final ThreadLocal<Session> session = new ThreadLocal<>();

    void bind(Session s) {
        session.set(s);
    }

    void unbind() {
        session.remove();
    }

    /** The current session; fails outside a transaction (a programming error). */
    public Session current() {
        Session s = session.get();
        if (s == null) {
            throw new IllegalStateException("No transaction: use ErpTransactions or an HTTP handler");
        }
        return s;
    }

    /** True inside a transaction. */
    public boolean active() {
        return session.get() != null;
    }
}
