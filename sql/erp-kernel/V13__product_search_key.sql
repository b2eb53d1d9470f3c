-- Searching « oeuf » must find « Œufs » and « ecreme » « Lait écrémé »: the name is kept folded (lower case, no
-- accents, ligatures spelt out) beside itself, maintained on save by the application (SearchText.fold), indexed.
alter table erp_product add column search_key varchar(400);
update erp_product set search_key = lower(translate(
        replace(replace(replace(replace(name, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'),
        'àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ',
        'aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUYY'));
alter table erp_product alter column search_key set not null;
create index erp_product_search_key on erp_product (search_key varchar_pattern_ops);
