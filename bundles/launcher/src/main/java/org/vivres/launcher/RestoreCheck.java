package org.vivres.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a restored system must show before {@code vivres restore} says "restauré" (health UP is checked by the start
 * itself): every caisse balance equal to its ledger, and the fiscal chains INTACT where the running system can
 * verify them ({@code GET /api/fiscal/verify}; a system without that endpoint is reported as not checked).
 */
final class RestoreCheck {

    /** Same rule as the caisse bundle: allowances and refunds in, debits out; contributions do not move a balance. */
    private static final String BALANCE_NOT_LEDGER = """
            select m.id from caisse_member m
              left join (select member_id, sum(case when kind in ('ALLOWANCE', 'REFUND') then amount
                                                    when kind = 'DEBIT' then -amount else 0 end) amount
                           from caisse_ledger_entry group by member_id) e on e.member_id = m.id
             where m.balance <> coalesce(e.amount, 0)
            """;

    private RestoreCheck() {
    }

    /** @return what is wrong, in French; empty when all is well. {@code notes} receives what was (not) checked. */
    static List<String> problems(RunningVivres running, List<String> notes) throws SQLException {
        List<String> problems = new ArrayList<>();
        DatabaseSettings db = running.database();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select count(*) from erp_ticket")) {
                r.next();
                notes.add(r.getLong(1) + " ticket(s)");
            }
            boolean caisse;
            try (ResultSet r = s.executeQuery("select to_regclass('caisse_member') is not null")) {
                r.next();
                caisse = r.getBoolean(1);
            }
            if (caisse) {
                int members = 0;
                try (ResultSet r = s.executeQuery(BALANCE_NOT_LEDGER)) {
                    while (r.next()) {
                        problems.add("solde de caisse différent de son grand livre : membre " + r.getString(1));
                    }
                }
                try (ResultSet r = s.executeQuery("select count(*) from caisse_member")) {
                    r.next();
                    members = r.getInt(1);
                }
                notes.add(members + " solde(s) de caisse égaux à leur grand livre");
            } else {
                notes.add("pas de caisse alimentaire dans ce système");
            }
        }
        fiscalChains(running, problems, notes);
        return problems;
    }

    private static void fiscalChains(RunningVivres running, List<String> problems, List<String> notes) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(running.baseUrl() + "api/fiscal/verify"))
                .timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                notes.add("chaînes fiscales non vérifiées : ce système n'a pas /api/fiscal/verify");
            } else if (response.statusCode() == 200) {
                if (response.body().contains("BROKEN")) {
                    problems.add("chaîne fiscale rompue : " + response.body());
                } else {
                    notes.add("chaînes fiscales : " + response.body());
                }
            } else {
                notes.add("chaînes fiscales : à vérifier dans le back office (HTTP " + response.statusCode() + ")");
            }
        } catch (IOException e) {
            problems.add("/api/fiscal/verify n'a pas répondu : " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("vérification interrompue");
        }
    }
}
