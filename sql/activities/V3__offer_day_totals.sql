-- The offer allowance's running totals: per household, offer price rule (ACTIVITY:<offer>) and ticket date, the
-- quantity bought through the offer (returns subtract), kept by the bundle's ticket hook in each ticket's transaction.
-- The till sums a window's few rows of this table instead of the ticket lines of the window at every checkout.
-- Derived data, rebuilt below from the tickets: no audit columns, and no foreign key (a key check would lock the
-- household's row at every upsert).
create table activities_offer_day (
    household_id uuid not null,
    price_rule varchar(100) not null,
    day date not null,
    quantity numeric(16, 3) not null,
    primary key (household_id, price_rule, day)
);

-- Tickets stored before this version: what the allowance summed until now.
insert into activities_offer_day (household_id, price_rule, day, quantity)
select t.household_id, l.price_rule, t.ticket_date, sum(l.quantity)
  from erp_ticket t join erp_ticket_line l on l.ticket_id = t.id
 where t.household_id is not null and l.price_rule like 'ACTIVITY:%'
 group by t.household_id, l.price_rule, t.ticket_date;
