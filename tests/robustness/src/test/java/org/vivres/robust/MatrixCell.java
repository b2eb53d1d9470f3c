package org.vivres.robust;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.vivres.load.Http;

/**
 * One endpoint of the access matrix: what its callers call on their own organization's data ({@code path}), and on
 * another organization's ({@code otherPath}; null when no organization is involved). {@code allowed} are the roles
 * the route lets through; {@code hidden} marks a list whose other-organization call must not show that text;
 * {@code callers} are the users by role (null: the users of store A); {@code refusal}, when set, is the 403 code with
 * which the handler itself refuses the allowed roles of these callers on their own data (a store's manager writing
 * what only a hub keeps), while a network admin still passes.
 */
record MatrixCell(String method, String path, Supplier<Object> body, String otherPath, Supplier<Object> otherBody,
                  List<String> allowed, String hidden, Map<String, Http> callers, String refusal) {

    static MatrixCell of(String method, String path, Supplier<Object> body, String otherPath,
                         Supplier<Object> otherBody, List<String> allowed, String hidden) {
        return new MatrixCell(method, path, body, otherPath, otherBody, allowed, hidden, null, null);
    }

    static MatrixCell of(String method, String path, Supplier<Object> body, String otherPath,
                         Supplier<Object> otherBody, List<String> allowed) {
        return of(method, path, body, otherPath, otherBody, allowed, null);
    }

    /** A read with no body. */
    static MatrixCell get(String path, String otherPath, List<String> allowed) {
        return of("GET", path, null, otherPath, null, allowed);
    }

    /** The same endpoint called by these users instead of store A's. */
    MatrixCell calledBy(Map<String, Http> users) {
        return new MatrixCell(method, path, body, otherPath, otherBody, allowed, hidden, users, refusal);
    }

    /** The same endpoint, its allowed roles refused by the handler with 403 {@code code}. */
    MatrixCell refusedWith(String code) {
        return new MatrixCell(method, path, body, otherPath, otherBody, allowed, hidden, callers, code);
    }
}
