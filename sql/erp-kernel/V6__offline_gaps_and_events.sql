-- Tickets sold offline: what a till could have known (each product's reference prices over time), the gaps a
-- manager must approve, and the first event journal. Every table here is written once per row (INSERT only): a
-- decision is a row of its own, never an update of the gap.

-- Each reference price a product has had, from when. Written by product creation and change.
create table erp_product_price (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    -- checked at commit: a new product's first price is written just before the product itself
    product_id uuid not null references erp_product (id) deferrable initially deferred,
    reference_price numeric(12, 2) not null,
    valid_from timestamptz not null
);
create index erp_product_price_product on erp_product_price (product_id, valid_from);

-- Products older than this table: their price is the one known since their creation.
insert into erp_product_price (id, organization_id, created_at, created_by, updated_at, updated_by, version,
        product_id, reference_price, valid_from)
    select gen_random_uuid(), null, now(), 'migration', now(), 'migration', 0, id, reference_price, created_at
    from erp_product;

-- A gap above the network's threshold: the ticket is recorded, the gap waits for a manager.
create table erp_offline_gap_review (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    ticket_id uuid not null unique references erp_ticket (id),
    amount numeric(12, 2) not null,
    threshold numeric(12, 2) not null,
    sold_at timestamptz not null
);
create index erp_offline_gap_review_org on erp_offline_gap_review (organization_id, created_at);

-- A manager's decision on a gap: one per gap (the unique key settles two managers deciding at once).
create table erp_offline_gap_decision (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    ticket_id uuid not null unique references erp_ticket (id),
    decision varchar(10) not null check (decision in ('APPROVED', 'REJECTED')),
    comment varchar(500),
    user_id uuid
);

-- What happened, for the controllers: ids and amounts only, never personal data.
create table erp_event (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    occurred_at timestamptz not null,
    user_id uuid,
    type varchar(40) not null,
    subject_id uuid,
    details jsonb not null
);
create index erp_event_org_time on erp_event (organization_id, occurred_at);
