/**
 * How a bundle brings its tables and entities ({@link PersistenceContribution}), observes entity
 * changes ({@link EntityListener}) and takes part in household data export and erasure
 * ({@link PersonalDataHook}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.vivres.erp.api.persistence;
