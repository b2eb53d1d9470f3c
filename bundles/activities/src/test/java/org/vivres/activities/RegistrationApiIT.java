package org.vivres.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.activities.ActivityFixtures.created;
import static org.vivres.activities.ActivityFixtures.fee;
import static org.vivres.activities.ActivityFixtures.noon;
import static org.vivres.activities.ActivityFixtures.register;
import static org.vivres.activities.ActivityFixtures.registrations;
import static org.vivres.activities.ActivityFixtures.sale;
import static org.vivres.activities.ActivityFixtures.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/** Registrations and attendance: fees, capacity (also under concurrency), duplicates, roles. */
@ExtendWith(VivresSystem.class)
class RegistrationApiIT {
    static Api admin;
    static Fixtures fx;
    static ActivityFixtures afx;
    static String store;
    static Api manager;
    static Api cashier;
    static String activity;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        afx = new ActivityFixtures(fx);
        store = fx.store();
        manager = fx.user("MANAGER", store);
        cashier = fx.user("CASHIER", store);
        activity = afx.activity(manager, store);
    }

    @Test
    void aHouseholdThatCannotComeGivesItsPlaceBack() {
        String session = session(manager, activity, noon(9), 1, "3.00");
        String household = fx.household(store);
        String registration = created(register(cashier, session, household));
        String next = fx.household(store);
        assertThat(register(cashier, session, next).code()).isEqualTo("SESSION_FULL");
        Api foreign = fx.user("CASHIER", fx.store());
        assertThat(foreign.delete("/api/activities/registrations/" + registration).status()).isEqualTo(404);
        assertThat(cashier.delete("/api/activities/registrations/" + UUID.randomUUID()).status())
                .isEqualTo(404);

        assertThat(cashier.delete("/api/activities/registrations/" + registration).status()).isEqualTo(204);

        assertThat(registrations(manager, session)).isEmpty();
        assertThat(register(cashier, session, next).status()).as("the place is free again").isEqualTo(201);
        assertThat(cashier.delete("/api/activities/registrations/" + registration).status()).isEqualTo(404);
    }

    @Test
    void aPaidOrAttendedRegistrationIsNotCancelled() {
        String session = session(manager, activity, noon(0), 5, "2.00");
        String paidBy = fx.household(store);
        String paid = created(register(cashier, session, paidBy));
        Api.Response ticket = cashier.post("/api/tickets", sale(null, store, paidBy, "2.00", List.of(fee(paid))));
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        String came = fx.household(store);
        String attended = created(register(cashier, session, came));
        assertThat(cashier.post("/api/activities/sessions/" + session + "/attendance", Map.of("household", came))
                .status()).isEqualTo(201);

        Api.Response refusedPaid = manager.delete("/api/activities/registrations/" + paid);
        Api.Response refusedAttended = manager.delete("/api/activities/registrations/" + attended);

        assertThat(refusedPaid.status()).isEqualTo(409);
        assertThat(refusedPaid.code()).isEqualTo("REGISTRATION_PAID");
        assertThat(refusedPaid.message()).contains("payée");
        assertThat(refusedAttended.code()).isEqualTo("ALREADY_ATTENDED");
        assertThat(registrations(manager, session)).hasSize(2);
    }

    @Test
    void aFeeRungUpForACancelledRegistrationIsRefused() {
        String session = session(manager, activity, noon(0), 5, "2.50");
        String household = fx.household(store);
        String registration = created(register(cashier, session, household));
        assertThat(cashier.delete("/api/activities/registrations/" + registration).status()).isEqualTo(204);

        Api.Response r = cashier.post("/api/tickets", sale(null, store, household, "2.50", List.of(fee(registration))));

        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertThat(admin.get("/api/tickets?organization=" + store + "&limit=500").json().path("items")
                .findValuesAsText("household")).doesNotContain(household);
    }

    @Test
    void withoutThePricingBundleAHouseholdPaysTheSessionFee() {
        String session = session(manager, activity, noon(7), 10, "4.00");
        String household = fx.household(store);
        Api.Response r = register(cashier, session, household);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("id")).isNotBlank();
        // The session has tier fees (1.00 and 8.00), but no bundle tells this household's tier.
        assertThat(r.text("fee")).isEqualTo("4.00");
        assertThat(r.json().path("paid").asBoolean()).isFalse();
        var listed = registrations(manager, session);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("household").asText()).isEqualTo(household);
        assertThat(listed.get(0).path("fee").asText()).isEqualTo("4.00");
        Api.Response mine = cashier.get("/api/activities/registrations?household=" + household + "&unpaid=true");
        assertThat(mine.json().path("items").get(0).path("id").asText()).isEqualTo(r.text("id"));
        assertThat(mine.json().path("items").get(0).path("activity").asText()).isEqualTo(activity);
    }

    @Test
    void managersCashiersAndReferrersOfTheStoreRegisterOthersDoNot() {
        String session = session(manager, activity, noon(7), 10, "2.00");
        assertThat(register(manager, session, fx.household(store)).status()).isEqualTo(201);
        assertThat(register(fx.user("REFERRER", store), session, fx.household(store)).status()).isEqualTo(201);
        String household = fx.household(store);
        String otherStore = fx.store();
        assertThat(register(fx.user("CASHIER", otherStore), session, household).status()).isEqualTo(404);
        assertThat(register(fx.user("MANAGER", otherStore), session, fx.household(otherStore)).status()).isEqualTo(404);
        assertThat(registrations(manager, session)).hasSize(2);
    }

    @Test
    void aHouseholdRegistersOnceAndAFullSessionRefusesTheNextOne() {
        String session = session(manager, activity, noon(7), 2, "2.00");
        String first = fx.household(store);
        assertThat(register(cashier, session, first).status()).isEqualTo(201);
        Api.Response again = register(cashier, session, first);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_REGISTERED");
        assertThat(register(cashier, session, fx.household(store)).status()).isEqualTo(201);
        Api.Response full = register(cashier, session, fx.household(store));
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.code()).isEqualTo("SESSION_FULL");
        assertThat(full.message()).contains("2");
        assertThat(registrations(manager, session)).hasSize(2);
        var read = manager.get("/api/activities/" + activity).json().path("sessions");
        assertThat(java.util.stream.StreamSupport.stream(read.spliterator(), false)
                .filter(s -> s.path("id").asText().equals(session)).findFirst().orElseThrow()
                .path("registrations").asInt()).isEqualTo(2);
    }

    @Test
    void badRegistrationsAreRefused() {
        String session = session(manager, activity, noon(7), 5, "2.00");
        String path = "/api/activities/sessions/" + session + "/registrations";
        assertThat(cashier.post(path, Map.of()).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(cashier.post(path, Map.of("household", "abc")).status()).isEqualTo(400);
        assertThat(cashier.post(path, Map.of("household", UUID.randomUUID().toString())).status()).isEqualTo(404);
        assertThat(register(cashier, UUID.randomUUID().toString(), fx.household(store)).status()).isEqualTo(404);
        assertThat(registrations(manager, session)).isEmpty();
    }

    @Test
    void thirtyConcurrentRegistrationsNeverExceedTheCapacity() throws Exception {
        String session = session(manager, activity, noon(7), 5, "1.00");
        List<String> households = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            households.add(fx.household(store));
        }
        List<Api.Response> responses = concurrently(households.stream()
                .<Callable<Api.Response>>map(h -> () -> register(cashier, session, h)).toList());
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(5);
        assertThat(responses).filteredOn(r -> r.status() != 201).hasSize(25)
                .allSatisfy(r -> assertThat(r.code()).as(r.toString()).isEqualTo("SESSION_FULL"));
        assertThat(registrations(manager, session)).hasSize(5);
    }

    @Test
    void tenConcurrentRegistrationsOfOneHouseholdRecordOne() throws Exception {
        String session = session(manager, activity, noon(7), 50, "1.00");
        String household = fx.household(store);
        List<Callable<Api.Response>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(() -> register(cashier, session, household));
        }
        List<Api.Response> responses = concurrently(posts);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 201)
                .allSatisfy(r -> assertThat(r.code()).as(r.toString()).isEqualTo("ALREADY_REGISTERED"));
        assertThat(registrations(manager, session)).hasSize(1);
    }

    @Test
    void attendanceIsRecordedOnceForRegisteredHouseholdsOnly() {
        String session = session(manager, activity, noon(0), 5, "1.00");
        String path = "/api/activities/sessions/" + session + "/attendance";
        String registered = fx.household(store);
        assertThat(register(cashier, session, registered).status()).isEqualTo(201);
        Api.Response r = cashier.post(path, Map.of("household", registered));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("household")).isEqualTo(registered);
        assertThat(r.text("session")).isEqualTo(session);
        Api.Response twice = cashier.post(path, Map.of("household", registered));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ALREADY_ATTENDED");
        Api.Response stranger = cashier.post(path, Map.of("household", fx.household(store)));
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.code()).isEqualTo("NOT_REGISTERED");
        assertThat(cashier.post(path, Map.of()).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(cashier.post("/api/activities/sessions/" + UUID.randomUUID() + "/attendance",
                Map.of("household", registered)).status()).isEqualTo(404);
        assertThat(fx.user("CASHIER", fx.store()).post(path, Map.of("household", registered)).status()).isEqualTo(404);
        var listed = registrations(manager, session);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("attended").asBoolean()).isTrue();
        Api.Response report = manager.get("/api/activities/" + activity + "/report");
        var line = java.util.stream.StreamSupport.stream(report.json().path("sessions").spliterator(), false)
                .filter(s -> s.path("id").asText().equals(session)).findFirst().orElseThrow();
        assertThat(line.path("attendance").asInt()).isEqualTo(1);
    }

    static List<Api.Response> concurrently(List<Callable<Api.Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (Callable<Api.Response> call : calls) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }
}
