-- A checkout priced each ticket of a household by reading its assignment, its tier and the tier's category percents,
-- rows a back office changes a few times a year: each node now keeps them in memory (erp-api ReferenceCache) and
-- serves them while these tables' versions have not moved. A change by the application, by hand or by another node
-- draws a new version, so the very next ticket is priced with it. pricing_tier_month is not tracked: every ticket
-- writes it, and the cap must read it fresh.
select erp_reference_track('pricing_tier');
select erp_reference_track('pricing_tier_category');
select erp_reference_track('pricing_assignment');
