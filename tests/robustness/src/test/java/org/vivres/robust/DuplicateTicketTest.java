package org.vivres.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.VivresSystem;
import org.vivres.load.CaisseCheck;
import org.vivres.load.Http;
import org.vivres.load.Network;
import org.vivres.load.TicketBook;

/**
 * A till that loses its connection sends the same ticket again, and two tabs of the till may send it at the same
 * moment: each ticket (20 lines, tier and offer prices, paid part caisse) is posted three times at once. Exactly one
 * of the three creates it (201), the other two get the stored ticket (200), and the database holds each ticket,
 * its lines, payments, stock movements and caisse debit once.
 */
@ExtendWith(VivresSystem.class)
class DuplicateTicketTest {

    @Test
    void everyTicketPostedThreeTimesAtOnceIsRecordedOnce(VivresSystem system) throws Exception {
        int tickets = Full.count(60, 1000);
        Network network = Network.build(Systems.admin(system), new Network.Shape(2, 40, 10, 2, 11));
        TicketBook book = TicketBook.quote(network, 4, 12);
        Random random = new Random(13);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        Map<String, Long> perHousehold = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        List<List<Future<Http.Response>>> posts = new ArrayList<>();
        try {
            for (int i = 0; i < tickets; i++) {
                Network.Store store = network.stores().get(i % network.stores().size());
                Network.Household household = store.households().get(random.nextInt(store.households().size()));
                UUID id = UUID.randomUUID();
                Map<String, Object> body = TicketBook.ticket(id, store.id(), household.id(),
                        book.baskets(store.id()).get(random.nextInt(4)));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Http.Response>> three = new ArrayList<>();
                for (int copy = 0; copy < 3; copy++) {
                    Http till = store.cashiers().get(copy % store.cashiers().size());
                    three.add(pool.submit(() -> {
                        go.await();
                        return till.post("/api/tickets", body);
                    }));
                }
                go.countDown();
                ids.add(id);
                posts.add(three);
                perHousehold.merge(household.id(), 1L, Long::sum);
            }
            for (int i = 0; i < tickets; i++) {
                List<Integer> statuses = new ArrayList<>();
                String documentNo = null;
                for (Future<Http.Response> f : posts.get(i)) {
                    Http.Response r = f.get();
                    statuses.add(r.status());
                    documentNo = documentNo == null ? r.text("documentNo") : documentNo;
                    assertThat(r.text("documentNo")).as("the same document each time: " + r).isEqualTo(documentNo);
                }
                assertThat(statuses).as("ticket " + ids.get(i)).containsExactlyInAnyOrder(201, 200, 200);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Db db = Systems.db(system)) {
            UUID[] all = ids.toArray(UUID[]::new);
            assertThat(db.count("select count(*) from erp_ticket where id = any(?)", (Object) all)).isEqualTo(tickets);
            assertThat(db.count("select count(*) from erp_ticket_line where ticket_id = any(?)", (Object) all))
                    .isEqualTo(20L * tickets);
            assertThat(db.count("select count(*) from erp_payment where ticket_id = any(?)", (Object) all))
                    .isEqualTo(2L * tickets);
            assertThat(db.count("select count(distinct ticket_id) from erp_stock_movement where ticket_id = any(?)",
                    (Object) all)).isEqualTo(tickets);
            assertThat(db.count("select count(*) from erp_stock_movement where ticket_id = any(?)", (Object) all))
                    .isEqualTo(20L * tickets);
            assertThat(db.count("select count(*) from caisse_ledger_entry where kind = 'DEBIT' and ticket_id = any(?)",
                    (Object) all)).isEqualTo(tickets);
            assertThat(db.integrityProblems()).isEmpty();
            // each ticket sealed once, however many times it was posted
            assertThat(db.count("select count(*) from erp_seal where record_type = 'TICKET' and record_id = any(?)",
                    (Object) all)).isEqualTo(tickets);
            assertThat(db.sealProblems()).isEmpty();
        }
        CaisseCheck.Report caisse = CaisseCheck.check(network, perHousehold);
        assertThat(caisse.problems()).isEmpty();
        assertThat(caisse.debits()).isEqualTo(tickets);
    }
}
