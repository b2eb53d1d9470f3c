-- The till prices offers from the store's running offers and the sessions a household is registered to, kept in each
-- node's memory while these tables do not change (erp-api ReferenceCache). A manager changes offers and sessions
-- seldom; registrations change when a household registers, cancels or pays its fee: rare next to checkouts.
-- The running totals (activities_offer_day) change at every offer ticket: never tracked, always read.
select erp_reference_track('activities_offer');
select erp_reference_track('activities_session');
select erp_reference_track('activities_registration');
