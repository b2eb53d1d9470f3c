-- Activities of a store (cooking workshops, shared meals, farm visits), their sessions with a
-- fee per pricing tier, registrations and attendance of households, and the product offers
-- attached to an activity ("Légumes à cuisiner"). Every table carries the ErpEntity columns;
-- organization_id is the store that runs the activity.

create table activities_activity (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    name varchar(200) not null,
    kind varchar(20) not null check (kind in ('COOKING_WORKSHOP', 'SHARED_MEAL', 'FARM_VISIT', 'OTHER'))
);
create index activities_activity_org on activities_activity (organization_id);

create table activities_session (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    activity_id uuid not null references activities_activity (id),
    starts_at timestamptz not null,
    capacity integer not null check (capacity > 0),
    fee numeric(12, 2) not null check (fee >= 0)
);
create index activities_session_activity on activities_session (activity_id, starts_at);

create table activities_session_tier_fee (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    session_id uuid not null references activities_session (id),
    tier_code varchar(64) not null,
    fee numeric(12, 2) not null check (fee >= 0),
    unique (session_id, tier_code)
);

-- household_id becomes null when the household is erased: the registration still counts.
create table activities_registration (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    session_id uuid not null references activities_session (id),
    household_id uuid references erp_household (id),
    fee numeric(12, 2) not null check (fee >= 0),
    paid_ticket_id uuid references erp_ticket (id),
    paid_at timestamptz,
    unique (session_id, household_id),
    check ((paid_ticket_id is null) = (paid_at is null))
);
create index activities_registration_household on activities_registration (household_id);

create table activities_attendance (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    session_id uuid not null references activities_session (id),
    registration_id uuid not null unique references activities_registration (id),
    household_id uuid references erp_household (id),
    unique (session_id, household_id)
);

create table activities_offer (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    activity_id uuid not null references activities_activity (id),
    product_id uuid not null references erp_product (id),
    unit_price numeric(12, 2) not null check (unit_price >= 0),
    max_quantity_per_household numeric(14, 3) not null check (max_quantity_per_household > 0),
    valid_days_around_session integer not null check (valid_days_around_session >= 0),
    unique (activity_id, product_id)
);
create index activities_offer_org_product on activities_offer (organization_id, product_id);
