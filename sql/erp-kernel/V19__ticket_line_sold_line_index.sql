-- A return reads what earlier returns gave back of each sold line (and the cagnotte whether a sale is wholly returned)
-- by sold_line_id: without an index each return line scanned every ticket line of the network. Only return lines
-- have one, so the index holds only them.
create index erp_ticket_line_sold_line on erp_ticket_line (sold_line_id) where sold_line_id is not null;
