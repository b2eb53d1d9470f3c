-- « Divers »: what a store sells that fits no other shelf (a hub's miscellaneous supplies, a one-off product).
insert into erp_category (id, created_at, created_by, updated_at, updated_by, code, name, name_en)
select gen_random_uuid(), now(), 'migration', now(), 'migration', 'DIVERS', 'Divers', 'Miscellaneous'
where not exists (select 1 from erp_category where code = 'DIVERS');
