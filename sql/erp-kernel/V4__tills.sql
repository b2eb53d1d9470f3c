-- The store's tills and their sessions (CGI art. 286 I-3° bis). A session is opened by a row and closed by another
-- (its Z), never by updating the first: a closed session's records are written once, ready to be sealed.

create table erp_till (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    name varchar(100) not null,
    number integer not null check (number >= 0),
    unique (organization_id, number)
);
create unique index erp_till_name on erp_till (organization_id, lower(name));

-- Till 0 « API » of every store: tickets posted without a till; always open, without a drawer.
insert into erp_till (id, organization_id, created_at, created_by, updated_at, updated_by, name, number)
select gen_random_uuid(), o.id, now(), 'migration', now(), 'migration', 'API', 0
from erp_organization o where o.type = 'STORE';

create table erp_till_session (
    id uuid primary key,
    organization_id uuid not null references erp_organization (id),
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    till_id uuid not null references erp_till (id),
    opened_at timestamptz not null,
    opening_float numeric(12, 2) not null check (opening_float >= 0)
);
create index erp_till_session_till on erp_till_session (till_id, opened_at);

-- Cash put in or taken out of the drawer during a session.
create table erp_till_movement (
    id uuid primary key,
    organization_id uuid not null,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    session_id uuid not null references erp_till_session (id),
    type varchar(10) not null check (type in ('CASH_IN', 'CASH_OUT')),
    amount numeric(12, 2) not null check (amount > 0),
    reason varchar(200) not null
);
create index erp_till_movement_session on erp_till_movement (session_id);

-- Which till and session a ticket belongs to (its id is the ticket's). A ticket sold offline that arrives while its
-- till has no open session has no session yet: the till's next session claims it on its Z, flagged late.
create table erp_till_ticket (
    id uuid primary key references erp_ticket (id),
    organization_id uuid not null,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    till_id uuid not null references erp_till (id),
    session_id uuid references erp_till_session (id),
    late boolean not null
);
create index erp_till_ticket_session on erp_till_ticket (session_id);
create index erp_till_ticket_pending on erp_till_ticket (till_id, created_at) where session_id is null;

-- The Z of a session: its close, with the figures as they were shown (JSON texts), numbered per till without gaps.
create table erp_till_z (
    id uuid primary key,
    organization_id uuid not null,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    session_id uuid not null unique references erp_till_session (id),
    till_id uuid not null references erp_till (id),
    number integer not null check (number > 0),
    closed_at timestamptz not null,
    tickets integer not null,
    returns integer not null,
    total numeric(12, 2) not null,
    by_method text not null,
    by_vat_rate text not null,
    cash_movements text not null,
    late_tickets text not null,
    unique (till_id, number)
);
