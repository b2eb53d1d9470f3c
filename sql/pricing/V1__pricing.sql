-- Differentiated pricing: tiers (a percent of the reference price, per-category overrides, an
-- optional quotient ceiling for assessments and an optional monthly cap) and each household's
-- current tier assignment. Incomes and quotients are never stored: no column may hold them.

create table pricing_tier (
    id uuid primary key,
    -- null: a network-wide tier; else the store whose own tier it is
    organization_id uuid references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    code varchar(32) not null unique,
    name varchar(200) not null,
    percent_of_reference numeric(9, 4) not null check (percent_of_reference > 0 and percent_of_reference <= 1000),
    max_quotient numeric(12, 2) check (max_quotient >= 0),
    monthly_cap numeric(12, 2) check (monthly_cap > 0)
);
create index pricing_tier_org on pricing_tier (organization_id);

create table pricing_tier_category (
    id uuid primary key,
    organization_id uuid references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    tier_id uuid not null references pricing_tier (id) on delete cascade,
    category varchar(64) not null,
    percent numeric(9, 4) not null check (percent > 0 and percent <= 1000),
    unique (tier_id, category)
);

-- One assignment per household: a new one replaces it.
create table pricing_assignment (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    household_id uuid not null unique references erp_household (id),
    tier_id uuid not null references pricing_tier (id),
    valid_from date not null,
    valid_to date not null,
    check (valid_to >= valid_from)
);
create index pricing_assignment_tier on pricing_assignment (tier_id);
