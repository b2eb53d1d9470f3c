-- Shared procurement: producers and their offers, rounds that pool the stores' needs, the
-- purchase orders of a closed round, receipts at the hub, allocations to the stores and the
-- shared costs. Every table carries the ErpEntity columns.

create table procurement_supplier (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    name varchar(200) not null,
    distance_km integer not null check (distance_km between 0 and 40000)
);
create unique index procurement_supplier_name on procurement_supplier (lower(name));

create table procurement_offer (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    supplier_id uuid not null references procurement_supplier (id),
    product_id uuid not null references erp_product (id),
    pack_size numeric(14, 3) not null check (pack_size > 0),
    pack_price numeric(12, 2) not null check (pack_price >= 0),
    min_packs integer not null default 1 check (min_packs >= 1)
);
create index procurement_offer_product on procurement_offer (product_id);

create table procurement_round (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    name varchar(200) not null,
    closes_at timestamptz not null,
    status varchar(10) not null check (status in ('OPEN', 'CLOSED', 'ALLOCATED')),
    closed_at timestamptz,
    allocated_at timestamptz
);
create index procurement_round_closes_at on procurement_round (closes_at);

create table procurement_round_store (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    round_id uuid not null references procurement_round (id),
    unique (round_id, organization_id)
);
create index procurement_round_store_org on procurement_round_store (organization_id);

create table procurement_need (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    round_id uuid not null references procurement_round (id),
    product_id uuid not null references erp_product (id),
    quantity numeric(14, 3) not null check (quantity > 0),
    unique (round_id, organization_id, product_id)
);
create index procurement_need_product on procurement_need (product_id);

create table procurement_purchase_order (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    round_id uuid not null references procurement_round (id),
    supplier_id uuid not null references procurement_supplier (id),
    total numeric(12, 2) not null check (total >= 0),
    unique (round_id, supplier_id)
);

create table procurement_purchase_order_line (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    purchase_order_id uuid not null references procurement_purchase_order (id),
    round_id uuid not null references procurement_round (id),
    product_id uuid not null references erp_product (id),
    offer_id uuid not null references procurement_offer (id),
    packs bigint not null check (packs >= 1),
    pack_size numeric(14, 3) not null check (pack_size > 0),
    pack_price numeric(12, 2) not null check (pack_price >= 0),
    needed numeric(14, 3) not null check (needed > 0),
    quantity numeric(14, 3) not null check (quantity >= needed),
    amount numeric(12, 2) not null check (amount >= 0),
    unique (round_id, product_id)
);
create index procurement_po_line_order on procurement_purchase_order_line (purchase_order_id);

create table procurement_receipt (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    round_id uuid not null references procurement_round (id),
    product_id uuid not null references erp_product (id),
    quantity numeric(14, 3) not null check (quantity > 0)
);
create index procurement_receipt_round on procurement_receipt (round_id, product_id);

create table procurement_allocation (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    round_id uuid not null references procurement_round (id),
    product_id uuid not null references erp_product (id),
    needed numeric(14, 3) not null check (needed > 0),
    allocated numeric(14, 3) not null check (allocated >= 0 and allocated <= needed),
    amount numeric(12, 2) not null check (amount >= 0),
    unique (round_id, organization_id, product_id)
);

create table procurement_cost (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    round_id uuid not null references procurement_round (id),
    line_no integer not null,
    label varchar(100) not null,
    amount numeric(12, 2) not null check (amount >= 0),
    basis varchar(10) not null check (basis in ('VALUE', 'QUANTITY', 'EQUAL')),
    unique (round_id, line_no)
);

create table procurement_cost_share (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    cost_id uuid not null references procurement_cost (id),
    round_id uuid not null references procurement_round (id),
    amount numeric(12, 2) not null check (amount >= 0),
    unique (cost_id, organization_id)
);
create index procurement_cost_share_round on procurement_cost_share (round_id);
