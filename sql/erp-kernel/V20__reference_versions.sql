-- Reference tables (the catalogue, the stores, the capability bundles' rules) are read by every checkout and seldom
-- changed: each node keeps what it read of them in memory and serves it while the table's version is the one it read
-- it at (erp-api ReferenceCache). Every change to a tracked table, by the application or by hand, draws a new version
-- from a sequence in the changing transaction: a version is never drawn twice, so what was read inside a transaction
-- that rolled back can never match a later state.
create sequence erp_reference_version_seq;

create table erp_reference_version (
    table_name text primary key,
    version bigint not null
);

create function erp_reference_changed() returns trigger language plpgsql as $$
begin
    update erp_reference_version set version = nextval('erp_reference_version_seq') where table_name = tg_table_name;
    return null;
end
$$;

-- What a bundle's migration calls for each table it serves through the cache: a statement trigger, not a row one,
-- so that an import of 10 000 products bumps the version once.
create function erp_reference_track(tracked text) returns void language plpgsql as $$
begin
    insert into erp_reference_version (table_name, version) values (tracked, nextval('erp_reference_version_seq'))
        on conflict (table_name) do nothing;
    execute format('create trigger %I after insert or update or delete or truncate on %I '
            || 'for each statement execute function erp_reference_changed()', tracked || '_reference_version', tracked);
end
$$;

select erp_reference_track('erp_product');
select erp_reference_track('erp_organization');
