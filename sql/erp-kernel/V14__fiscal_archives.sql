-- Fiscal archives (CGI art. 286 I-3° bis, archivage): the signed ZIP of a closed month or year of a store, kept in
-- the database (so that every backup carries it) and written once: the same triggers as the sealed records refuse
-- any change or removal.
create table erp_fiscal_archive (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    period varchar(7) not null,
    created_at timestamptz not null,
    created_by varchar(100) not null,
    files integer not null,
    size bigint not null,
    sha256 char(64) not null,
    content bytea not null
);
create index erp_fiscal_archive_org on erp_fiscal_archive (organization_id, created_at);

create trigger erp_fiscal_archive_inalterable before update or delete on erp_fiscal_archive
    for each row execute function erp_refuse_change();
create trigger erp_fiscal_archive_no_truncate before truncate on erp_fiscal_archive
    for each statement execute function erp_refuse_change();
