package org.vivres.activities.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vivres.erp.api.ticket.PricedLine;

class OfferAllowanceTest {
    private static final LocalDate SESSION = LocalDate.parse("2026-03-15");

    @ParameterizedTest(name = "ticket {0}, {1} days around the session of 2026-03-15 → {2}")
    @CsvSource({
        "2026-03-15, 0, true",
        "2026-03-14, 0, false",
        "2026-03-16, 0, false",
        "2026-03-12, 3, true",   // exactly 3 days before
        "2026-03-18, 3, true",   // exactly 3 days after
        "2026-03-11, 3, false",  // one day too early
        "2026-03-19, 3, false",  // one day too late
        "2026-02-28, 15, true",  // across a month end
        "2026-02-27, 15, false",
    })
    void theWindowIncludesExactlyNDaysBeforeAndAfter(LocalDate ticket, int days, boolean expected) {
        assertThat(OfferAllowance.inWindow(SESSION, ticket, days)).isEqualTo(expected);
    }

    @Test
    void aSessionIsOnTheDateOfTheStoresZoneWhateverTheOffsetItWasGivenIn() {
        // 23:30 UTC on the 14th is already the 15th in Paris (UTC+1 in winter).
        assertThat(OfferAllowance.sessionDate(OffsetDateTime.parse("2026-03-14T23:30:00Z"))).isEqualTo(SESSION);
        assertThat(OfferAllowance.sessionDate(OffsetDateTime.parse("2026-03-14T22:30:00Z")))
                .isEqualTo(LocalDate.parse("2026-03-14"));
        // Summer time: UTC+2.
        assertThat(OfferAllowance.sessionDate(OffsetDateTime.parse("2026-07-01T22:00:00Z")))
                .isEqualTo(LocalDate.parse("2026-07-02"));
    }

    @Test
    void theSearchRangeOfSessionsCoversTheWindowInTheStoresZone() {
        OfferAllowance.DateRange near = OfferAllowance.sessionsNear(SESSION, 2);
        assertThat(near).isEqualTo(new OfferAllowance.DateRange(LocalDate.parse("2026-03-13"),
                LocalDate.parse("2026-03-17")));
        assertThat(OfferAllowance.startOf(LocalDate.parse("2026-03-13")))
                .isEqualTo(OffsetDateTime.parse("2026-03-13T00:00:00+01:00"));
    }

    @Test
    void purchasesCountFromTheFirstWindowStartToTheLastWindowEnd() {
        assertThat(OfferAllowance.purchaseWindow(List.of(SESSION), 2)).isEqualTo(
                new OfferAllowance.DateRange(LocalDate.parse("2026-03-13"), LocalDate.parse("2026-03-17")));
        assertThat(OfferAllowance.purchaseWindow(List.of(LocalDate.parse("2026-03-20"), SESSION), 1)).isEqualTo(
                new OfferAllowance.DateRange(LocalDate.parse("2026-03-14"), LocalDate.parse("2026-03-21")));
        assertThatThrownBy(() -> OfferAllowance.purchaseWindow(List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} registration(s) × {1} − {2} bought → {3}")
    @CsvSource({
        "1, 2, 0, 2.000",
        "1, 2, 1, 1.000",
        "1, 2, 2, 0.000",      // used up exactly
        "1, 2, 3, 0.000",      // never negative
        "2, 2, 3, 1.000",      // per registration
        "0, 2, 0, 0.000",      // not registered
        "1, 1.5, 0.75, 0.750", // by weight
        "1, 2, -1, 2.000",     // returns give the allowance back, never more than it
    })
    void theOfferCoversWhatIsLeftOfTheAllowance(int registrations, BigDecimal max, BigDecimal bought, String left) {
        assertThat(OfferAllowance.remaining(registrations, max, bought)).isEqualTo(new BigDecimal(left));
    }

    @Test
    void aLineBeyondTheAllowanceIsSplitAtWhatIsLeft() {
        // 2 allowed, 1 bought last week, 5 asked now: 1 at the offer price, the kernel prices the other 4 again.
        BigDecimal left = OfferAllowance.remaining(1, new BigDecimal("2"), BigDecimal.ONE);
        BigDecimal asked = new BigDecimal("5");
        assertThat(left.min(asked)).isEqualByComparingTo("1");
        assertThat(asked.subtract(left)).isEqualByComparingTo("4");
        // The next piece of the same line sees the first piece among the earlier lines: nothing left.
        assertThat(OfferAllowance.remaining(1, new BigDecimal("2"), BigDecimal.ONE.add(left))).isZero();
    }

    @Test
    void aTicketAddsWhatItBuysThroughEachOfferAndAReturnGivesItBack() {
        List<PricedLine> sale = List.of(line("2.000", "ACTIVITY:b"), line("1.000", "REFERENCE"),
                line("1.500", "ACTIVITY:a"), line("1.000", "ACTIVITY:b"), line("1.000", "ACTIVITY_FEE"),
                line("4.000", "TIER:A"));
        assertThat(OfferAllowance.boughtByRule(sale, "ACTIVITY:"))
                .containsExactly(entry("ACTIVITY:a", new BigDecimal("1.500")), entry("ACTIVITY:b", new BigDecimal("3.000")));
        List<PricedLine> giveBack = List.of(line("-1.000", "ACTIVITY:b"), line("-0.500", "ACTIVITY:b"));
        assertThat(OfferAllowance.boughtByRule(giveBack, "ACTIVITY:"))
                .containsExactly(entry("ACTIVITY:b", new BigDecimal("-1.500")));
        // a ticket that buys and gives back as much through one offer changes nothing
        assertThat(OfferAllowance.boughtByRule(List.of(line("1.000", "ACTIVITY:a"), line("-1.000", "ACTIVITY:a")),
                "ACTIVITY:")).isEmpty();
        assertThat(OfferAllowance.boughtByRule(List.of(line("1.000", "REFERENCE")), "ACTIVITY:")).isEmpty();
    }

    @Test
    void aTicketReadsOnceTheDaysEveryOfferCanReachAndEachOfferSumsOnlyItsOwnWindow() {
        // A session at most 2 days away, and 2 days on its far side: 4 days from the ticket's date.
        assertThat(OfferAllowance.reach(2)).isEqualTo(4);
        LocalDate ticket = SESSION.plusDays(2);
        OfferAllowance.DateRange window = OfferAllowance.purchaseWindow(List.of(SESSION), 2);
        assertThat(window.from()).isEqualTo(ticket.minusDays(OfferAllowance.reach(2)));
        List<OfferAllowance.DayTotal> days = List.of(
                new OfferAllowance.DayTotal("ACTIVITY:a", SESSION.minusDays(3), new BigDecimal("5.000")),
                new OfferAllowance.DayTotal("ACTIVITY:a", SESSION.minusDays(2), new BigDecimal("1.500")),
                new OfferAllowance.DayTotal("ACTIVITY:b", SESSION, new BigDecimal("4.000")),
                new OfferAllowance.DayTotal("ACTIVITY:a", SESSION.plusDays(2), new BigDecimal("-0.500")),
                new OfferAllowance.DayTotal("ACTIVITY:a", SESSION.plusDays(3), new BigDecimal("7.000")));
        // the first and the last day are outside the window, b is another offer; a return gave 0.5 back
        assertThat(OfferAllowance.boughtIn(days, "ACTIVITY:a", window)).isEqualByComparingTo("1.000");
        assertThat(OfferAllowance.boughtIn(days, "ACTIVITY:b", window)).isEqualByComparingTo("4.000");
        assertThat(OfferAllowance.boughtIn(days, "ACTIVITY:c", window)).isEqualByComparingTo("0");
    }

    private static PricedLine line(String quantity, String rule) {
        BigDecimal q = new BigDecimal(quantity);
        return new PricedLine("PRODUCT", UUID.randomUUID(), "EPICERIE", null, q, BigDecimal.ONE, BigDecimal.ONE, q, rule);
    }
}
