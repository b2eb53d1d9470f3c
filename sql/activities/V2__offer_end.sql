-- A manager may end an offer (a workshop's special price that stops, or one entered by mistake). The row stays:
-- ticket lines it priced keep their price rule ACTIVITY:<id>, and the activity's report still counts them.
alter table activities_offer add column ended_at timestamptz;
