-- The financing mix beyond money at the till: donors a manager keeps (a name and a kind, no other personal data),
-- donations in kind (goods into stock, each line valued; equipment; money gifts) and volunteer hours, valued at the
-- network's hourly rate in force when they were recorded. Every table carries the ErpEntity columns;
-- organization_id is the store or hub that received the gift or the hours (null for a network-wide donor).

create table financing_donor (
    id uuid primary key,
    organization_id uuid references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    name varchar(200) not null,
    kind varchar(20) not null check (kind in ('COMPANY', 'FARM', 'INDIVIDUAL', 'PUBLIC_PROGRAMME', 'OTHER'))
);
-- One donor per name in an organization (and once network-wide): a second "Boulangerie Martin" would split its gifts.
create unique index financing_donor_name
    on financing_donor (coalesce(organization_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));

create table financing_donation (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    donor_id uuid not null references financing_donor (id),
    received_on date not null,
    kind varchar(20) not null check (kind in ('GOODS', 'EQUIPMENT', 'MONEY')),
    description varchar(500),
    value numeric(12, 2) not null check (value >= 0)
);
create index financing_donation_org_date on financing_donation (organization_id, received_on);
create index financing_donation_donor on financing_donation (donor_id, received_on);

create table financing_donation_line (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    donation_id uuid not null references financing_donation (id),
    line_no integer not null,
    product_id uuid not null references erp_product (id),
    quantity numeric(14, 3) not null check (quantity > 0),
    unit_value numeric(12, 2) not null check (unit_value >= 0),
    value numeric(12, 2) not null check (value >= 0),
    value_source varchar(20) not null check (value_source in ('STATED', 'REFERENCE_PRICE')),
    unique (donation_id, line_no)
);

-- activity_session_id names a session of the activities bundle, checked through the API when recorded; no foreign
-- key, since a network may run without that bundle.
create table financing_volunteering (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    volunteer varchar(100) not null,
    work_date date not null,
    hours numeric(5, 2) not null check (hours > 0 and hours <= 24),
    task varchar(20) not null check (task in ('TILL', 'DISTRIBUTION', 'LOGISTICS', 'ACTIVITY', 'OTHER')),
    activity_session_id uuid,
    hourly_rate numeric(12, 2) not null check (hourly_rate >= 0),
    value numeric(12, 2) not null check (value >= 0),
    check ((task = 'ACTIVITY') = (activity_session_id is not null))
);
create index financing_volunteering_org_date on financing_volunteering (organization_id, work_date);

-- A volunteer's hours of one day in one organization, kept in step with financing_volunteering in the same
-- transaction by an atomic conditional upsert: two tills recording the same person at once cannot pass 24 h together.
create table financing_volunteer_day (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    volunteer_key varchar(100) not null,
    work_date date not null,
    hours numeric(6, 2) not null check (hours >= 0 and hours <= 24),
    unique (organization_id, volunteer_key, work_date)
);
