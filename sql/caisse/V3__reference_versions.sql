-- A caisse payment reads, at every ticket, the fund's conventions with the store and its eligibility criteria: a back
-- office changes them seldom, so each node keeps them in memory while their versions have not moved (erp-api
-- ReferenceCache). Members' balances and the ledger are written by every payment: tracking them would make every
-- ticket draw a version and the cache useless, so they are not.
select erp_reference_track('caisse_convention');
select erp_reference_track('caisse_criterion');
