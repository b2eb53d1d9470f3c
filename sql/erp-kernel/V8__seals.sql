-- Seals (CGI art. 286 I-3° bis, security): each ticket, return, Z, store closing and event gets, when it is
-- recorded, a seal in its chain (one per till for tickets and Z, one per store for closings, one per store for events)
-- with a gapless sequence and a SHA-256 hash over its canonical text and the previous seal's hash.

-- Events of the whole network (a bundle installed) belong to no store.
alter table erp_event alter column organization_id drop not null;

create table erp_seal (
    id uuid primary key,
    organization_id uuid,
    chain varchar(80) not null,
    sequence bigint not null check (sequence > 0),
    record_type varchar(10) not null check (record_type in ('TICKET', 'Z', 'CLOSING', 'EVENT')),
    record_id uuid not null,
    sealed_at timestamptz not null,
    hash char(64) not null,
    previous char(64) not null,
    -- the canonical text the hash was computed over: a check names the field that changed since
    text text not null,
    unique (chain, sequence),
    unique (record_type, record_id)
);
create index erp_seal_org on erp_seal (organization_id, chain, sequence);

-- The head of each chain: the row whose lock orders the seals of a chain (not itself sealed: it repeats the last
-- seal, and the check compares them, so a removed last record shows).
create table erp_seal_head (
    chain varchar(80) primary key,
    organization_id uuid,
    sequence bigint not null,
    hash char(64) not null
);

create trigger erp_seal_inalterable before update or delete on erp_seal
    for each row execute function erp_refuse_change();
create trigger erp_seal_no_truncate before truncate on erp_seal
    for each statement execute function erp_refuse_change();
