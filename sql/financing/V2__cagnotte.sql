-- The cagnotte at the till: each donation line of a ticket (and each return giving one back, negative), to the store's
-- own cagnotte (fund_id null) or to a fund of the caisse alimentaire (which also counts it among its sources). One row
-- per ticket line: a ticket posted twice is stored once, and this keeps its gift counted once too.
create table financing_till_gift (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    ticket_id uuid not null references erp_ticket (id),
    ticket_line_id uuid not null unique,
    fund_id uuid,
    gift_date date not null,
    amount numeric(12, 2) not null check (amount <> 0)
);
create index financing_till_gift_org_date on financing_till_gift (organization_id, gift_date);
