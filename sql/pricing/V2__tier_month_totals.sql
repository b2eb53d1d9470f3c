-- The tier cap's running total: each household's tier-priced amount per month of ticket date (returns subtract),
-- kept by the bundle's ticket hook in each ticket's transaction, so that pricing reads one row instead of summing
-- the month's ticket lines at every checkout. Derived data, rebuilt below from the tickets: no audit columns, and no
-- foreign key (tickets already reference the household; a key check would lock its row at every upsert).
create table pricing_tier_month (
    household_id uuid not null,
    -- the first day of the month
    month date not null,
    tier_amount numeric(14, 2) not null,
    primary key (household_id, month)
);

-- Tickets stored before this version: the sum the cap read until now, per household and month.
insert into pricing_tier_month (household_id, month, tier_amount)
select t.household_id, date_trunc('month', t.ticket_date)::date, sum(l.line_amount)
  from erp_ticket t join erp_ticket_line l on l.ticket_id = t.id
 where t.household_id is not null and l.price_rule like 'TIER:%'
 group by t.household_id, date_trunc('month', t.ticket_date)::date;
