-- A network admin belongs to no store (security issue #22). A NETWORK_ADMIN account created with an organization
-- was listed among that store's users, whose manager could reset its password and log in as the network admin.
-- Such accounts lose their organization, and from now on the database refuses an organization on a network admin.
update erp_user
   set organization_id = null, version = version + 1, updated_at = now(), updated_by = 'system'
 where organization_id is not null and 'NETWORK_ADMIN' = any (string_to_array(roles, ','));

alter table erp_user add constraint erp_user_network_admin_without_organization
    check (organization_id is null or not ('NETWORK_ADMIN' = any (string_to_array(roles, ','))));
