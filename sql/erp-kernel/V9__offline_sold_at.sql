-- When a ticket sold offline was sold (the till's soldAt), written once with the ticket: a Z and a closing list the
-- tickets they count that were sold before the session or the period counting them (late), with that moment.
create table erp_ticket_sold_offline (
    id uuid primary key references erp_ticket (id),
    organization_id uuid not null,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    sold_at timestamptz not null
);

-- A closing's late tickets, as shown (JSON text); closings made before had none listed.
alter table erp_closing add column late_tickets text not null default '[]';
