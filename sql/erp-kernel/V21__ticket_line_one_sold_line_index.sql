-- erp_ticket_line had two indexes on sold_line_id: the first (V1) on every line, the partial one (V19) on return
-- lines only. Every look-up by sold_line_id (a return's lines, the foreign key's check) is an equality, which the
-- partial index serves; the full one only cost an index entry for each line of every sale.
drop index erp_ticket_line_sold;
