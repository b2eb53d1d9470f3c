package org.vivres.erp.api;

/** The roles of the network (see API.md, "Session and users"). */
public enum Role {
    /** Everything, in every organization. */
    NETWORK_ADMIN,
    /** Back office of the user's own organization. */
    MANAGER,
    /** Till of the user's own organization. */
    CASHIER,
    /** Social worker: households and tier assessments. */
    REFERRER
}
