package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server log is read by more people than the sales data: a ticket posted several times at once makes the
 * database refuse the duplicates, and what is logged then names the constraint, not the ticket's row and amounts.
 */
@ExtendWith(VivresSystem.class)
class LogDisclosureTest {

    /** Collects what Hibernate logs (it logs through java.util.logging here). */
    static final class Collector extends Handler {
        final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (record.getParameters() != null) {
                try {
                    message = java.text.MessageFormat.format(message, record.getParameters());
                } catch (IllegalArgumentException e) {
                    message = message + " " + java.util.Arrays.toString(record.getParameters());
                }
            }
            lines.add(record.getLoggerName() + " " + message
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aRefusedDuplicateInsertLogsNoRowValues(Api admin) throws Exception {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        String product = fx.product("7.31");
        fx.stock(store, product, "1000");
        Api cashier = fx.user("CASHIER", store);
        Logger hibernate = Logger.getLogger("org.hibernate");
        Collector collector = new Collector();
        Level level = hibernate.getLevel();
        hibernate.addHandler(collector);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            // Concurrent posts of one ticket: the losers' inserts hit the primary key (then read the winner's ticket).
            for (int round = 0; round < 30 && collector.lines.stream().noneMatch(l -> l.contains("23505")
                    || l.contains("duplicate key")); round++) {
                Map<String, Object> body = new HashMap<>(Map.of("id", UUID.randomUUID().toString(),
                        "organization", store, "lines", List.of(Map.of("product", product, "quantity", "3")),
                        "payments", List.of(Map.of("method", "CASH", "amount", "21.93"))));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Api.Response>> posts = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    Callable<Api.Response> post = () -> {
                        go.await();
                        return cashier.post("/api/tickets", body);
                    };
                    posts.add(pool.submit(post));
                }
                go.countDown();
                for (Future<Api.Response> f : posts) {
                    assertThat(f.get().status()).isIn(200, 201);
                }
            }
        } finally {
            pool.shutdownNow();
            hibernate.removeHandler(collector);
            hibernate.setLevel(level);
        }
        List<String> lines = new ArrayList<>(collector.lines);
        assertThat(lines).as("a duplicate was refused by the database at least once")
                .anyMatch(l -> l.contains("23505") || l.contains("duplicate key"));
        assertThat(lines).noneMatch(l -> l.contains("21.93") || l.contains("7.31") || l.contains("values (")
                || l.contains("Failing row") || l.contains("Detail:"));
    }
}
