package org.vivres.erp.api.model;

/**
 * What a store's receipts and closings print about who sells (CGI art. 286 I-3° bis, art. 242 nonies A of annex II):
 * every part optional, checked by the kernel when set.
 *
 * @param legalName  the registered name (raison sociale), when it differs from the organization's name
 * @param address    the street address, one text, lines separated by {@code \n}
 * @param postalCode the postal code
 * @param city       the city
 * @param siret      the establishment's SIRET, 14 digits
 * @param vatNumber  the intra-community VAT number, {@code FR} + 2 check digits + the SIREN
 */
public record LegalIdentity(String legalName, String address, String postalCode, String city, String siret,
        String vatNumber) {
    /** No identity declared. */
    public static final LegalIdentity NONE = new LegalIdentity(null, null, null, null, null, null);
}
