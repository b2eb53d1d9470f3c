-- The ERP core: organizations, users and their sessions, the product catalogue, households,
-- stock, and till tickets. Every table carries the ErpEntity columns.

create table erp_organization (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    name varchar(200) not null,
    type varchar(10) not null check (type in ('STORE', 'HUB'))
);
create unique index erp_organization_name on erp_organization (lower(name));

create table erp_user (
    id uuid primary key,
    organization_id uuid references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    username varchar(100) not null unique,
    password_hash varchar(100) not null,
    roles varchar(200) not null,
    active boolean not null default true
);

-- Only a digest of each token is stored: a leaked table gives no usable token.
create table erp_session (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    user_id uuid not null references erp_user (id) on delete cascade,
    token_hash varchar(64) not null unique,
    expires_at timestamptz not null
);
create index erp_session_expires on erp_session (expires_at);

create table erp_product (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    sku varchar(64) not null unique,
    name varchar(200) not null,
    category varchar(64) not null,
    uom varchar(4) not null check (uom in ('UNIT', 'KG', 'L')),
    reference_price numeric(12, 2) not null check (reference_price >= 0),
    vat_rate numeric(5, 2) not null check (vat_rate >= 0),
    labels varchar(500) not null default '',
    origin_km integer check (origin_km >= 0)
);
create index erp_product_name on erp_product (lower(name));

create table erp_household (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    reference varchar(64) unique,
    size integer check (size > 0),
    erased_at timestamptz
);

create table erp_stock_movement (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    product_id uuid not null references erp_product (id),
    quantity numeric(14, 3) not null,
    reason varchar(20) not null,
    ticket_id uuid
);
create index erp_stock_movement_org_product on erp_stock_movement (organization_id, product_id);

create table erp_stock_level (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    product_id uuid not null references erp_product (id),
    on_hand numeric(14, 3) not null,
    unique (organization_id, product_id)
);

create sequence erp_ticket_document_no;

create table erp_ticket (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    document_no varchar(32) not null unique,
    kind varchar(10) not null check (kind in ('SALE', 'RETURN')),
    household_id uuid references erp_household (id),
    original_ticket_id uuid references erp_ticket (id),
    ticket_date date not null,
    total numeric(12, 2) not null,
    request_hash varchar(64) not null
);
create index erp_ticket_org_date on erp_ticket (organization_id, ticket_date);
create index erp_ticket_household on erp_ticket (household_id, ticket_date);
create index erp_ticket_original on erp_ticket (original_ticket_id);

create table erp_ticket_line (
    id uuid primary key,
    organization_id uuid not null,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    ticket_id uuid not null references erp_ticket (id),
    line_no integer not null,
    line_kind varchar(32) not null,
    product_id uuid references erp_product (id),
    kind_reference varchar(64),
    quantity numeric(14, 3) not null,
    reference_price numeric(12, 2) not null,
    unit_price numeric(12, 2) not null,
    line_amount numeric(12, 2) not null,
    price_rule varchar(100) not null,
    sold_line_id uuid references erp_ticket_line (id),
    unique (ticket_id, line_no)
);
create index erp_ticket_line_sold on erp_ticket_line (sold_line_id);

create table erp_payment (
    id uuid primary key,
    organization_id uuid not null,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    ticket_id uuid not null references erp_ticket (id),
    method varchar(32) not null,
    amount numeric(12, 2) not null
);
create index erp_payment_ticket on erp_payment (ticket_id);
