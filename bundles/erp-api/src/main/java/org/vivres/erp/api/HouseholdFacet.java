package org.vivres.erp.api;

import java.util.UUID;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Adds a bundle's view of a household to {@code GET /api/households} (its current tier, its
 * caisse memberships). Called inside the request's transaction; read only.
 */
@ConsumerType
public interface HouseholdFacet {

    /** The field name in the household's JSON ({@code tier}, {@code caisseMemberships}). */
    String field();

    /** The value, or {@code null} to leave the field out. */
    Object describe(UUID household);
}
