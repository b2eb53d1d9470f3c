package org.vivres.activities;

import org.vivres.it.ReportHttp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.activities.ActivityFixtures.PARIS;
import static org.vivres.activities.ActivityFixtures.created;
import static org.vivres.activities.ActivityFixtures.fee;
import static org.vivres.activities.ActivityFixtures.noon;
import static org.vivres.activities.ActivityFixtures.register;
import static org.vivres.activities.ActivityFixtures.sale;
import static org.vivres.activities.ActivityFixtures.session;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/**
 * {@code GET /api/reports/activity}: an activity's sessions with their registrations, attendance and
 * fees, recorded over HTTP and rendered by the reports bundle (CSV, PDF), and the refusals.
 */
@ExtendWith(VivresSystem.class)
class ActivityReportIT {
    static final String CSV_HEADER = "session,startsAt,capacity,registrations,attendance,feesCollected";
    static Fixtures fx;
    static String store;
    static String storeName;
    static Api manager;
    static Api cashier;
    static String activity;
    static String activityName;

    @BeforeAll
    static void setUp(Api admin) {
        fx = new Fixtures(admin);
        storeName = fx.unique("Épicerie des Lilas");
        store = created(admin.post("/api/organizations", Map.of("name", storeName, "type", "STORE")));
        manager = fx.user("MANAGER", store);
        cashier = fx.user("CASHIER", store);
        activityName = fx.unique("Soupes d'hiver");
        activity = created(manager.post("/api/activities", Map.of("name", activityName, "kind", "COOKING_WORKSHOP",
                "organization", store)));
        // the later session created first: the report orders them by date
        String later = session(manager, activity, noon(30), 8, "2.50");
        String first = session(manager, activity, noon(0), 3, "4.00");
        String a = fx.household(store);
        String b = fx.household(store);
        String regA = created(register(cashier, first, a));
        String regB = created(register(cashier, first, b));
        created(register(cashier, first, fx.household(store)));
        created(register(cashier, later, a));
        for (String household : List.of(a, b)) {
            created(cashier.post("/api/activities/sessions/" + first + "/attendance", Map.of("household", household)));
        }
        pay(a, regA);
        pay(b, regB);
    }

    private static void pay(String household, String registration) {
        Api.Response r = cashier.post("/api/tickets", sale(null, store, household, "4.00", List.of(fee(registration))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private static ReportHttp.Raw report(Api as, String format, String query) {
        return ReportHttp.get(as, "/api/reports/activity?format=" + format + "&" + query);
    }

    @Test
    void theCsvHasOneRowPerSessionOldestFirst() {
        ReportHttp.Raw r = report(manager, "csv", "activity=" + activity);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        // start times in the stores' time, as noon(n) writes them
        assertThat(r.text().split("\r\n")).containsExactly(CSV_HEADER,
                "Séance 1," + noon(0) + ",3,3,2,8.00",
                "Séance 2," + noon(30) + ",8,1,0,0.00");
    }

    @Test
    void thePdfShowsTheActivityItsKindInFrenchTheStoreAndTheTotals() throws IOException {
        ReportHttp.Raw r = report(manager, "pdf", "activity=" + activity);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            String text = ReportHttp.normalized(new PDFTextStripper().getText(pdf));
            assertThat(text.replace(" ", "")).contains(activityName.replace(" ", ""), storeName.replace(" ", ""));
            String today = LocalDate.now(PARIS).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertThat(text).contains("Activité — bilan des séances", "Atelier cuisine",
                    "Séance 1 " + today + " 12:00 3 3 2 8,00 €", "Total 4 2 8,00 €");
        }
    }

    @Test
    void anActivityWithoutSessionsHasNoRows() {
        String empty = created(manager.post("/api/activities", Map.of("name", fx.unique("Visite"), "kind", "FARM_VISIT",
                "organization", store)));
        ReportHttp.Raw r = report(manager, "csv", "activity=" + empty);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text()).isEqualTo(CSV_HEADER + "\r\n");
    }

    @Test
    void aMissingOrMalformedActivityIs400() {
        Api.Response missing = manager.get("/api/reports/activity");
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("FIELD_REQUIRED");
        assertThat(missing.message()).contains("activité");

        Api.Response malformed = manager.get("/api/reports/activity?activity=12");
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("INVALID_PARAMETER");
        assertThat(malformed.message()).contains("activité").isNotEqualTo("INVALID_PARAMETER");
    }

    @Test
    void anotherStoresActivityOrAnUnknownOneIsNotFound() {
        Api.Response other = fx.user("MANAGER", fx.store()).get("/api/reports/activity?activity=" + activity);
        assertThat(other.status()).as(other.toString()).isEqualTo(404);
        assertThat(other.code()).isEqualTo("NOT_FOUND");

        Api.Response unknown = manager.get("/api/reports/activity?activity=" + UUID.randomUUID());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
    }

    @Test
    void cashiersMayNotPrintItAndTheReportIsListed() {
        Api.Response r = cashier.get("/api/reports/activity?activity=" + activity);
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(r.message()).isNotEqualTo("ROLE_FORBIDDEN");

        Api.Response list = manager.get("/api/reports");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().path("items").findValuesAsText("name")).contains("activity");
    }
}
