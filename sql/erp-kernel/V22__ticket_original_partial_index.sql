-- Only returns name the sale they return: every other ticket wrote a NULL entry into this index that no look-up reads
-- (they are all equalities, which a partial index serves, as V21 did for return lines).
drop index erp_ticket_original;
create index erp_ticket_original on erp_ticket (original_ticket_id) where original_ticket_id is not null;
