package org.vivres.caisse.internal.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vivres.caisse.internal.Refusals;
import org.vivres.caisse.internal.model.CaisseMember;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.model.Household;
import org.vivres.erp.api.report.ReportQuery;

/**
 * A caisse member found by what the person at the desk holds: the household's card ({@code card}), and the fund
 * ({@code fund}) only when the household is a member of several. Both reads go through the caller's filtered DAL,
 * so a card of another store is as unknown as a card that does not exist: the same 404, nothing learnt.
 */
final class MemberByCard {
    private final Dal dal;

    MemberByCard(Dal dal) {
        this.dal = dal;
    }

    /** True when the request names the member by card rather than by id. */
    static boolean named(Map<String, String> parameters) {
        String card = parameters.get("card");
        return card != null && !card.isBlank();
    }

    /**
     * The member of {@code card} (in {@code fund} if given): 404 {@code UNKNOWN_MEMBER_CARD} when the caller's
     * organizations have no such member, 422 {@code MEMBER_FUND_REQUIRED} when the card is in several funds.
     */
    CaisseMember member(Map<String, String> parameters) {
        String card = Check.identifier(parameters.get("card"), "card", 64);
        String fundText = parameters.get("fund");
        UUID fund = fundText == null || fundText.isBlank() ? null : ReportQuery.id(parameters, "fund");
        Household household = dal.query(Household.class, "e.reference = :r", Map.of("r", card)).uniqueResult();
        if (household == null) {
            throw unknown(card);
        }
        List<CaisseMember> members = fund == null
                ? dal.query(CaisseMember.class, "e.household = :h", Map.of("h", household.getId())).list()
                : dal.query(CaisseMember.class, "e.household = :h and e.fund = :f",
                        Map.of("h", household.getId(), "f", fund)).list();
        if (members.isEmpty()) {
            throw unknown(card);
        }
        if (members.size() > 1) {
            throw Refusals.unprocessable("MEMBER_FUND_REQUIRED", card);
        }
        return members.get(0);
    }

    private ErpException unknown(String card) {
        return new ErpException(ErrorStatus.NOT_FOUND, "UNKNOWN_MEMBER_CARD", Refusals.class, card);
    }
}
