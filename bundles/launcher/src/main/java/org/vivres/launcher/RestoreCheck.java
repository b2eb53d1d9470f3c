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
import java.util.Optional;

/**
 * What a restored system must show before {@code vivres restore} says "restauré" (health UP is checked by the start
 * itself): every caisse balance equal to its ledger, and every fiscal chain INTACT ({@code GET /api/fiscal/verify}
 * as a network admin); a chain that cannot be checked is a problem too, never a silent pass.
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
            fiscalChains(running, c, problems, notes);
        }
        return problems;
    }

    /**
     * {@code GET /api/fiscal/verify} of every chain, as a network admin. The restore holds the restored database's
     * superuser password, which is more than any session: it gives itself a ten-minute session of the first active
     * network admin (only its digest stored, as the kernel does) rather than asking for a password an unattended
     * drill does not have, and ends it after the check.
     */
    private static void fiscalChains(RunningVivres running, Connection c, List<String> problems, List<String> notes)
            throws SQLException {
        Optional<String> token = AdminSession.open(c);
        if (token.isEmpty()) {
            problems.add("chaînes fiscales non vérifiées : aucun administrateur réseau actif dans la base restaurée");
            return;
        }
        try {
            HttpResponse<String> response = verify(running, token.get());
            if (response.statusCode() != 200) {
                problems.add("chaînes fiscales non vérifiées : /api/fiscal/verify a répondu HTTP "
                        + response.statusCode() + " " + response.body());
                return;
            }
            FiscalAnswer answer = FiscalAnswer.parse(response.body());
            if (answer.intact()) {
                notes.add("chaînes fiscales INTACT (" + answer.records() + " enregistrement(s) scellé(s))");
            } else {
                problems.add("chaîne fiscale rompue : " + answer.broken());
            }
        } catch (IOException e) {
            problems.add("chaînes fiscales non vérifiées : /api/fiscal/verify n'a pas répondu (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("vérification des chaînes fiscales interrompue");
        } finally {
            AdminSession.close(c, token.get());
        }
    }

    private static HttpResponse<String> verify(RunningVivres running, String token)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(running.baseUrl() + "api/fiscal/verify"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "fr")
                .timeout(Duration.ofMinutes(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
