package org.vivres.erp.kernel.internal.http;

import java.util.List;
import java.util.Set;

/**
 * Who is calling, for the limits per client: the socket's peer. {@code X-Forwarded-For} is anyone's to write, so it
 * counts only when the peer is a proxy the network admin named as trusted; then the address is the rightmost one
 * that proxy (or another trusted one) did not add itself.
 */
final class ClientAddress {
    private ClientAddress() {
    }

    static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = List.of(forwardedFor.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }
}
