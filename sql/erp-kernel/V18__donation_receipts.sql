-- Whether an organization says it may issue receipts for gifts (reçus de dons): off until its manager says so.
ALTER TABLE erp_organization ADD COLUMN may_issue_donation_receipts boolean NOT NULL DEFAULT false;
