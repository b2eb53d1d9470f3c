package org.vivres.erp.kernel.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.Handler;

class RouteTableTest {
    private final Handler quote = r -> "quote";
    private final Handler byId = r -> "byId";
    private final RouteTable table = new RouteTable();

    @Test
    void literalSegmentsWinOverParametersWhateverTheOrderOfRegistration() {
        table.add("a", "GET", "/api/tickets/{id}", byId, RouteTable.Access.USER);
        table.add("b", "GET", "/api/tickets/quote", quote, RouteTable.Access.USER, Role.CASHIER);
        assertThat(table.find("GET", "/api/tickets/quote")).get().extracting(m -> m.route().handler()).isSameAs(quote);
        RouteTable.Match m = table.find("GET", "/api/tickets/42").orElseThrow();
        assertThat(m.route().handler()).isSameAs(byId);
        assertThat(m.params()).containsEntry("id", "42");
    }

    @Test
    void methodAndPathMustBothMatch() {
        table.add("a", "POST", "/api/x/{id}/returns", byId, RouteTable.Access.USER);
        assertThat(table.find("GET", "/api/x/1/returns")).isEmpty();
        assertThat(table.pathExists("/api/x/1/returns")).isTrue();
        assertThat(table.find("POST", "/api/x/1/returns/more")).isEmpty();
        assertThat(table.find("POST", "/api/x/a/b/returns")).isEmpty();
    }

    @Test
    void removingAnOwnerRemovesItsRoutesOnly() {
        table.add("pricing", "GET", "/api/pricing/tiers", quote, RouteTable.Access.USER);
        table.add("kernel", "GET", "/api/products", byId, RouteTable.Access.USER);
        table.removeOwner("pricing");
        assertThat(table.find("GET", "/api/pricing/tiers")).isEmpty();
        assertThat(table.find("GET", "/api/products")).isPresent();
    }

    @Test
    void specialCharactersInTemplatesAreLiteral() {
        table.add("a", "GET", "/api/a.b", quote, RouteTable.Access.USER);
        assertThat(table.find("GET", "/api/axb")).isEmpty();
        assertThat(table.find("GET", "/api/a.b")).isPresent();
    }
}
