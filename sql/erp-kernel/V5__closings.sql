-- The store's closings: a day once its tills are closed, then its month, then its year. Each is written once with its
-- period's figures and the perpetual grand total since the store's first sale.

create table erp_closing (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    kind varchar(5) not null check (kind in ('DAY', 'MONTH', 'YEAR')),
    period varchar(10) not null,
    first_day date not null,
    last_day date not null,
    tickets integer not null,
    returns integer not null,
    total numeric(14, 2) not null,
    period_total numeric(14, 2) not null,
    perpetual_total numeric(16, 2) not null,
    by_method text not null,
    by_vat_rate text not null,
    unique (organization_id, kind, period)
);
create index erp_closing_last_day on erp_closing (organization_id, kind, last_day);
