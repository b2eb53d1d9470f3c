-- VAT on every ticket (CGI art. 286 I-3° bis): each line keeps the VAT rate it was sold at, and each ticket its
-- table per rate in rows of its own, written once with the ticket, so that closings sum rows instead of
-- recomputing them from products whose rate may have changed since.

alter table erp_ticket_line add column vat_rate numeric(5, 2);
-- Lines sold before rates were kept: the product's current rate is the best known; other kinds are outside VAT.
update erp_ticket_line l set vat_rate = coalesce((select p.vat_rate from erp_product p where p.id = l.product_id), 0);
alter table erp_ticket_line alter column vat_rate set not null;
alter table erp_ticket_line add constraint erp_ticket_line_vat_rate check (vat_rate >= 0);

create table erp_ticket_vat (
    id uuid primary key,
    organization_id uuid not null,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    ticket_id uuid not null references erp_ticket (id),
    rate numeric(5, 2) not null,
    base numeric(12, 2) not null,
    vat numeric(12, 2) not null,
    total numeric(12, 2) not null,
    unique (ticket_id, rate)
);

-- The same rule as the application's (round() on numeric rounds half away from zero, as HALF_UP does).
insert into erp_ticket_vat (id, organization_id, created_at, created_by, updated_at, updated_by, ticket_id, rate,
        base, vat, total)
select gen_random_uuid(), t.organization_id, t.created_at, 'migration', t.created_at, 'migration', t.id, r.rate,
       r.total - round(r.total * r.rate / (100 + r.rate), 2), round(r.total * r.rate / (100 + r.rate), 2), r.total
from erp_ticket t
join (select ticket_id, vat_rate as rate, sum(line_amount) as total from erp_ticket_line
      group by ticket_id, vat_rate) r on r.ticket_id = t.id;
