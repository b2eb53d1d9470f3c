package org.vivres.erp.kernel.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    @Test
    void forwardedForCountsOnlyFromATrustedProxy() {
        assertThat(ClientAddress.of("203.0.113.9", "1.2.3.4", Set.of())).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("203.0.113.9", null, Set.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.0.0.2", "1.2.3.4", Set.of("10.0.0.2"))).isEqualTo("1.2.3.4");
        // a client writes its own X-Forwarded-For; the proxy appends the real peer: the rightmost untrusted one
        assertThat(ClientAddress.of("10.0.0.2", "6.6.6.6, 1.2.3.4", Set.of("10.0.0.2"))).isEqualTo("1.2.3.4");
        assertThat(ClientAddress.of("10.0.0.2", "1.2.3.4, 10.0.0.3", Set.of("10.0.0.2", "10.0.0.3")))
                .isEqualTo("1.2.3.4");
    }
}
