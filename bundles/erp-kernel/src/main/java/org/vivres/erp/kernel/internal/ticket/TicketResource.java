package org.vivres.erp.kernel.internal.ticket;

import java.util.List;
import java.util.Map;
import org.vivres.erp.kernel.internal.fiscal.Seal;
import org.vivres.erp.kernel.internal.fiscal.SealedViews;
import org.vivres.erp.kernel.internal.fiscal.Sealer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.kernel.internal.core.Filter;
import org.vivres.erp.kernel.internal.http.JsonMapper;

/** {@code /api/tickets}: quotes, sales, returns, reading them back. */
@Component
public final class TicketResource implements ApiResource {
    private final ObjectMapper mapper = JsonMapper.create();
    private final Dal dal;
    private final ErpContext context;
    private final TicketService tickets;
    private final ReturnService returns;
    private final SalesJournal journal;
    private final Sealer sealer;

    @Activate
    public TicketResource(@Reference Dal dal, @Reference ErpContext context, @Reference TicketService tickets,
            @Reference ReturnService returns, @Reference SalesJournal journal, @Reference Sealer sealer) {
        this.sealer = sealer;
        this.dal = dal;
        this.context = context;
        this.tickets = tickets;
        this.returns = returns;
        this.journal = journal;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/tickets/quote", this::quote, Role.CASHIER, Role.MANAGER);
        routes.post("/api/tickets", this::create, Role.CASHIER, Role.MANAGER);
        routes.get("/api/tickets", this::list, Role.CASHIER, Role.MANAGER);
        routes.get("/api/tickets/journal", this::journal, Role.CASHIER, Role.MANAGER);
        routes.get("/api/tickets/{id}", this::get, Role.CASHIER, Role.MANAGER);
        routes.post("/api/tickets/{id}/returns", this::createReturn, Role.CASHIER, Role.MANAGER);
    }

    private Object quote(ApiRequest request) {
        return tickets.quote(request.body(TicketRequests.TicketRequest.class));
    }

    private Object create(ApiRequest request) {
        TicketRequests.TicketRequest body = request.body(TicketRequests.TicketRequest.class);
        // How and when the till took the money is not what was sold: a queued ticket sent again as sold offline is
        // the same. Nor is the till it was rung up on: the same ticket sent again from the queue is the same ticket.
        TicketRequests.TicketRequest sold = new TicketRequests.TicketRequest(body.id(), body.organization(),
                body.household(), body.lines(), body.payments(), null, null, null);
        return respond(tickets.create(body, digest("", sold)));
    }

    private Object createReturn(ApiRequest request) {
        UUID sale = request.pathId("id");
        TicketRequests.ReturnRequest body = request.body(TicketRequests.ReturnRequest.class);
        return respond(returns.create(sale, body, digest(sale.toString(), body)));
    }

    /** The answer with the ticket's seal: a new ticket is sealed now, as the last thing before its commit. */
    private ApiResponse respond(TicketService.Outcome outcome) {
        UUID id = outcome.ticket().id();
        Seal seal = outcome.created() ? sealer.sealTicket(id) : sealer.sealsOf("TICKET", List.of(id)).get(id);
        Object body = SealedViews.with(outcome.ticket(), seal);
        return outcome.created() ? ApiResponse.created(body) : ApiResponse.ok(body);
    }

    private List<Object> sealed(List<TicketView> views) {
        Map<UUID, Seal> seals = sealer.sealsOf("TICKET", views.stream().map(TicketView::id).toList());
        return views.stream().<Object>map(v -> SealedViews.with(v, seals.get(v.id()))).toList();
    }

    /** The store's journal, today's by default. */
    private Object journal(ApiRequest request) {
        UUID organization = request.queryId("organization").orElseThrow(() -> Check.invalid("FIELD_REQUIRED",
                "organization"));
        LocalDate from = request.queryDate("from").orElse(StoreCalendar.today());
        return journal.read(organization, from, request.queryDate("to").orElse(from));
    }

    private Object get(ApiRequest request) {
        return sealed(List.of(tickets.view(Check.found(dal.get(Ticket.class, request.pathId("id")), "ticket"))))
                .get(0);
    }

    private Object list(ApiRequest request) {
        Optional<UUID> org = request.queryId("organization");
        org.ifPresent(context::checkAccess);
        Filter filter = new Filter().and(org, "e.organization = :org", "org")
                .and(request.queryDate("from"), "e.ticketDate >= :from", "from")
                .and(request.queryDate("to"), "e.ticketDate <= :to", "to")
                .and(request.query("documentNo").map(n -> n.strip().toUpperCase(java.util.Locale.ROOT)),
                        "e.documentNo = :no", "no");
        return Items.of(sealed(tickets.views(dal.query(Ticket.class, filter.where(), filter.params())
                .orderBy("e.createdAt desc").limit(request.limit()).offset(request.offset()).list())));
    }

    /** A digest of the request as understood, so that a retry is told from a different ticket. */
    private String digest(String prefix, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prefix.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(mapper.writeValueAsBytes(body)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
