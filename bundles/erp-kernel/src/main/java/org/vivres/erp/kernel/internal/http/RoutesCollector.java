package org.vivres.erp.kernel.internal.http;

import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.Handler;
import org.vivres.erp.api.http.Routes;

/** Records one resource's routes into the table, under that resource as owner. */
final class RoutesCollector implements Routes {
    private final RouteTable table;
    private final Object owner;

    RoutesCollector(RouteTable table, Object owner) {
        this.table = table;
        this.owner = owner;
    }

    @Override
    public void get(String path, Handler handler, Role... allowed) {
        table.add(owner, "GET", path, handler, RouteTable.Access.USER, allowed);
    }

    @Override
    public void post(String path, Handler handler, Role... allowed) {
        table.add(owner, "POST", path, handler, RouteTable.Access.USER, allowed);
    }

    @Override
    public void put(String path, Handler handler, Role... allowed) {
        table.add(owner, "PUT", path, handler, RouteTable.Access.USER, allowed);
    }

    @Override
    public void delete(String path, Handler handler, Role... allowed) {
        table.add(owner, "DELETE", path, handler, RouteTable.Access.USER, allowed);
    }

    @Override
    public void publicGet(String path, Handler handler) {
        table.add(owner, "GET", path, handler, RouteTable.Access.PUBLIC);
    }

    @Override
    public void publicPost(String path, Handler handler) {
        table.add(owner, "POST", path, handler, RouteTable.Access.PUBLIC);
    }
}
