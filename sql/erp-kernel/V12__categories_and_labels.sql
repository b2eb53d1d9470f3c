-- Categories and labels become managed lists: a typed « Épicerie » made a second category beside EPICERIE and a
-- typed BIO sat beside ORGANIC, so the caisse's criteria and the tiers' category percents silently missed products.
create table erp_category (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    code varchar(64) not null unique check (code ~ '^[A-Z0-9_]+$'),
    name varchar(100) not null,
    name_en varchar(100)
);

create table erp_label (
    id uuid primary key,
    organization_id uuid,
    created_at timestamptz not null, created_by varchar(100) not null,
    updated_at timestamptz not null, updated_by varchar(100) not null,
    version bigint not null default 0,
    code varchar(32) not null unique check (code ~ '^[A-Z0-9_]+$'),
    name varchar(100) not null,
    name_en varchar(100)
);

insert into erp_category (id, created_at, created_by, updated_at, updated_by, code, name, name_en)
select gen_random_uuid(), now(), 'migration', now(), 'migration', code, name, name_en from (values
    ('FRUITS_LEGUMES', 'Fruits et légumes', 'Fruit and vegetables'),
    ('FRUITS', 'Fruits', 'Fruit'),
    ('LEGUMES', 'Légumes', 'Vegetables'),
    ('EPICERIE', 'Épicerie', 'Groceries'),
    ('CREMERIE', 'Crèmerie', 'Dairy'),
    ('FRAIS', 'Produits frais', 'Fresh food'),
    ('BOULANGERIE', 'Boulangerie', 'Bakery'),
    ('BOUCHERIE', 'Boucherie', 'Butcher''s'),
    ('POISSONNERIE', 'Poissonnerie', 'Fish'),
    ('SURGELES', 'Surgelés', 'Frozen food'),
    ('BOISSONS', 'Boissons', 'Drinks'),
    ('ALCOOL', 'Alcools', 'Alcohol'),
    ('TABAC', 'Tabac', 'Tobacco'),
    ('HYGIENE', 'Hygiène', 'Personal care'),
    ('ENTRETIEN', 'Entretien', 'Household cleaning'),
    ('BEBE', 'Bébé', 'Baby'),
    ('ANIMAUX', 'Animaux', 'Pets')) as seed(code, name, name_en);

insert into erp_label (id, created_at, created_by, updated_at, updated_by, code, name, name_en)
select gen_random_uuid(), now(), 'migration', now(), 'migration', code, name, name_en from (values
    ('ORGANIC', 'Bio', 'Organic'),
    ('LOCAL', 'Local', 'Local'),
    ('FAIR_TRADE', 'Commerce équitable', 'Fair trade'),
    ('AOP', 'AOP', 'PDO'),
    ('LABEL_ROUGE', 'Label Rouge', 'Label Rouge'),
    ('SEASONAL', 'De saison', 'Seasonal'),
    ('VEGAN', 'Végétalien', 'Vegan'),
    ('ANTI_GASPI', 'Anti-gaspi', 'Anti-waste')) as seed(code, name, name_en);

-- Whatever products use today stays valid: each such code becomes an entry named after itself, to be renamed.
insert into erp_category (id, created_at, created_by, updated_at, updated_by, code, name)
select gen_random_uuid(), now(), 'migration', now(), 'migration', c, c
from (select distinct category as c from erp_product) used
where c ~ '^[A-Z0-9_]+$' and c not in (select code from erp_category);

insert into erp_label (id, created_at, created_by, updated_at, updated_by, code, name)
select gen_random_uuid(), now(), 'migration', now(), 'migration', l, l
from (select distinct unnest(string_to_array(labels, ',')) as l from erp_product where labels <> '') used
where l ~ '^[A-Z0-9_]+$' and length(l) <= 32 and l not in (select code from erp_label);
