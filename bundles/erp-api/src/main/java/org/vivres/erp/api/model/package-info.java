/**
 * The core entities of the ERP (Openbravo's Organization, User, Product, BusinessPartner, Order,
 * FIN_Payment, StorageDetail). Entities reference each other by id, never by association, so that
 * a bundle's entities can point at another bundle's without sharing its classes.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.7.0")
package org.vivres.erp.api.model;
