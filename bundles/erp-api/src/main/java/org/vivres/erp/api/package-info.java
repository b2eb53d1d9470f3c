/**
 * The Openbravo-style ERP API of Vivres: the data access layer ({@link org.vivres.erp.api.Dal}),
 * the request context ({@link org.vivres.erp.api.ErpContext}), errors and money helpers.
 * Implemented by the kernel; used by every capability bundle.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.8.0")
package org.vivres.erp.api;
