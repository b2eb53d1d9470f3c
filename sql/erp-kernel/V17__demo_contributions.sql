-- Which capability bundles have loaded their part of the demo network (--demo): a restart with --demo loads only
-- what is missing (a bundle installed since), never the same data twice.
create table erp_demo_load (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    name varchar(100) not null unique
);
