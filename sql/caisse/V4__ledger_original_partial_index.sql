-- Only refunds name the sale they refund: every debit, allowance and contribution wrote a NULL entry into this index
-- that no look-up reads (they are all equalities, which a partial index serves).
drop index caisse_ledger_original;
create index caisse_ledger_original on caisse_ledger_entry (original_ticket_id) where original_ticket_id is not null;
