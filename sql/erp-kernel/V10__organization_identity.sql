-- The store's legal identity, printed on its receipts and closings: all optional, checked by the application
-- (SIRET: 14 digits, Luhn; VAT number: FR + 2 check digits + the SIREN).
alter table erp_organization add column legal_name varchar(200);
alter table erp_organization add column address varchar(500);
alter table erp_organization add column postal_code varchar(10);
alter table erp_organization add column city varchar(100);
alter table erp_organization add column siret varchar(14);
alter table erp_organization add column vat_number varchar(13);
