-- Gifts made at a store's till to a fund (the financing bundle's cagnotte): one citizens' source per fund and store,
-- whose amount grows with each gift and shrinks when a ticket carrying one is returned. organization_id stays null
-- like every source (a fund is network-wide: everyone who sees the fund sees all its sources); the store is kept
-- apart so that two first gifts of the same store at the same moment meet on one row instead of making two.
alter table caisse_source add column till_organization_id uuid references erp_organization (id);
create unique index caisse_source_till on caisse_source (fund_id, till_organization_id)
    where till_organization_id is not null;
