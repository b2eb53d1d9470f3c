create table hotdeploy_note (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    text varchar(200) not null
);
