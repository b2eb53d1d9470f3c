/**
 * The financing mix (issue 19): what each capability tells about how a store is financed over a period, valued
 * ({@link FinancingFigures}), and the volunteer hours given to activity sessions ({@link SessionVolunteering}). Each is
 * optional: a capability that is not installed contributes nothing, and a report shows what is there.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.vivres.erp.api.financing;
