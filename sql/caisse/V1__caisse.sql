-- Caisse alimentaire commune: the common food fund, its funders, conventioned stores, eligibility
-- rules, members with their ledgers, monthly periods and the monthly settlements with the stores.
-- Every table carries the ErpEntity columns. Money is numeric(12, 2).

create table caisse_fund (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    name varchar(200) not null,
    monthly_allowance numeric(12, 2) not null check (monthly_allowance > 0),
    min_contribution numeric(12, 2) not null check (min_contribution >= 0),
    max_contribution numeric(12, 2) check (max_contribution >= min_contribution)
);
create unique index caisse_fund_name on caisse_fund (lower(name));

create table caisse_source (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    fund_id uuid not null references caisse_fund (id),
    funder varchar(200) not null,
    kind varchar(10) not null check (kind in ('PUBLIC', 'PRIVATE', 'CITIZEN')),
    amount numeric(12, 2) not null check (amount > 0),
    status varchar(10) not null check (status in ('SECURED', 'PENDING'))
);
create index caisse_source_fund on caisse_source (fund_id);

-- A store where the fund may be spent; organization_id is that store.
create table caisse_convention (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    fund_id uuid not null references caisse_fund (id),
    valid_from date not null,
    valid_to date,
    check (valid_to is null or valid_to >= valid_from)
);
create index caisse_convention_fund_store on caisse_convention (fund_id, organization_id);

-- An eligibility rule of the citizens' committee; the lists are comma-separated, in capitals.
create table caisse_criterion (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    fund_id uuid not null references caisse_fund (id),
    categories varchar(2000),
    labels varchar(2000),
    max_origin_km integer check (max_origin_km >= 0),
    excluded_categories varchar(2000)
);
create index caisse_criterion_fund on caisse_criterion (fund_id);

-- A household's membership; organization_id is the household's store. The balance only moves by
-- atomic conditional updates, in step with the ledger.
create table caisse_member (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    fund_id uuid not null references caisse_fund (id),
    household_id uuid not null references erp_household (id),
    contribution numeric(12, 2) not null check (contribution >= 0),
    balance numeric(12, 2) not null default 0 check (balance >= 0),
    active boolean not null default true,
    unique (fund_id, household_id)
);
create index caisse_member_household on caisse_member (household_id);

-- One row per fund and month: inserted first when a month is opened, so that it is opened once.
create table caisse_period (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    fund_id uuid not null references caisse_fund (id),
    month varchar(7) not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    members integer not null default 0,
    contributions numeric(14, 2) not null default 0,
    allowances numeric(14, 2) not null default 0,
    unique (fund_id, month)
);

-- Append-only. amount is positive; its effect on the balance follows the kind:
-- ALLOWANCE and REFUND add, DEBIT removes, CONTRIBUTION (collected from the member) leaves it.
create table caisse_ledger_entry (
    id uuid primary key,
    organization_id uuid not null,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    member_id uuid not null references caisse_member (id),
    fund_id uuid not null references caisse_fund (id),
    kind varchar(12) not null check (kind in ('ALLOWANCE', 'CONTRIBUTION', 'DEBIT', 'REFUND')),
    amount numeric(12, 2) not null check (amount > 0),
    balance_after numeric(12, 2) not null check (balance_after >= 0),
    entry_date date not null,
    period_id uuid references caisse_period (id),
    ticket_id uuid references erp_ticket (id),
    original_ticket_id uuid references erp_ticket (id),
    store_id uuid references erp_organization (id),
    check ((kind in ('ALLOWANCE', 'CONTRIBUTION')) = (period_id is not null)),
    check ((kind in ('DEBIT', 'REFUND')) = (ticket_id is not null and store_id is not null)),
    check ((kind = 'REFUND') = (original_ticket_id is not null))
);
create index caisse_ledger_member on caisse_ledger_entry (member_id, created_at);
create index caisse_ledger_fund_kind on caisse_ledger_entry (fund_id, kind);
create index caisse_ledger_ticket on caisse_ledger_entry (ticket_id);
create index caisse_ledger_original on caisse_ledger_entry (original_ticket_id);
create index caisse_ledger_fund_date on caisse_ledger_entry (fund_id, entry_date);

-- The ledger is the history of every balance: nothing may change or remove an entry.
create function caisse_ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'caisse_ledger_entry is append-only (% refused)', tg_op;
end
$$;
create trigger caisse_ledger_append_only before update or delete on caisse_ledger_entry
    for each row execute function caisse_ledger_append_only();

-- What the fund owed each store for one month, established once.
create table caisse_settlement (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    fund_id uuid not null references caisse_fund (id),
    month varchar(7) not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    total numeric(14, 2) not null,
    unique (fund_id, month)
);

create table caisse_settlement_line (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    settlement_id uuid not null references caisse_settlement (id),
    store_id uuid not null references erp_organization (id),
    amount numeric(14, 2) not null,
    tickets integer not null check (tickets >= 0),
    unique (settlement_id, store_id)
);
