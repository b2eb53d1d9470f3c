-- What places a ticket in a till session, when an offline ticket was sold, the review of an offline gap and the
-- manager's decision on it, and the history of products' prices are records of what happened: like the tickets they
-- describe, they are written once (a correction is a new row), and the database refuses anything else.
do $$
declare
    t text;
begin
    foreach t in array array['erp_till_ticket', 'erp_ticket_sold_offline', 'erp_offline_gap_review',
            'erp_offline_gap_decision', 'erp_product_price'] loop
        execute format('create trigger %I before update or delete on %I for each row execute function erp_refuse_change()',
                t || '_inalterable', t);
        execute format('create trigger %I before truncate on %I for each statement execute function erp_refuse_change()',
                t || '_no_truncate', t);
    end loop;
end
$$;
