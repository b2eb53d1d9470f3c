-- A delivery as the store receives it: one supplier, one delivery note, a date and several lines at their unit cost.
-- A delivery note is entered once per supplier (supplier_key: the name folded, « Ferme du Val » = « FERME DU VAL »);
-- stock levels rise through the RECEIPT movements written with it, in the same transaction.
create table erp_delivery (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    supplier_name varchar(200) not null,
    supplier_key varchar(200) not null,
    note_number varchar(60) not null,
    note_key varchar(60) not null,
    delivered_on date not null,
    total_cost numeric(14, 2) not null
);
create unique index erp_delivery_note on erp_delivery (organization_id, supplier_key, note_key);
create index erp_delivery_org_date on erp_delivery (organization_id, delivered_on desc);

create table erp_delivery_line (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    delivery_id uuid not null references erp_delivery (id),
    line_no integer not null,
    product_id uuid not null references erp_product (id),
    quantity numeric(14, 3) not null check (quantity > 0),
    unit_cost numeric(14, 2) not null check (unit_cost >= 0),
    unique (delivery_id, line_no)
);
