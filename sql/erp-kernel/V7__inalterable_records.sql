-- Inalterability of the till's records (CGI art. 286 I-3° bis): the database itself refuses to change or remove a
-- recorded ticket, its lines, payments and VAT rows, a till session, its cash movements and Z, a store closing and an
-- event, whoever asks (a bug, a bundle, a person with SQL access). Corrections are new records (returns).
-- Only the table owner can disable these triggers: that is what the seals' chain is for (it shows it was done).

-- A line keeps the label it was printed with: a product renamed later must not change what a sealed line says.
-- Lines recorded before this column get their product's current name (the best known) or their kind and reference,
-- once, before the triggers below forbid any change.
alter table erp_ticket_line add column label varchar(200);
update erp_ticket_line l set label = coalesce((select p.name from erp_product p where p.id = l.product_id),
        l.line_kind || ' ' || coalesce(l.kind_reference, ''));

create function erp_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'vivres: % on % is refused: sealed till records are written once', tg_op, tg_table_name
        using errcode = 'restrict_violation';
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['erp_ticket', 'erp_ticket_line', 'erp_payment', 'erp_ticket_vat', 'erp_till_session',
            'erp_till_movement', 'erp_till_z', 'erp_closing', 'erp_event'] loop
        execute format('create trigger %I before update or delete on %I for each row execute function erp_refuse_change()',
                t || '_inalterable', t);
        execute format('create trigger %I before truncate on %I for each statement execute function erp_refuse_change()',
                t || '_no_truncate', t);
    end loop;
end
$$;
