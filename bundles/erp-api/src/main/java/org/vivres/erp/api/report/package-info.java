/**
 * Reports: the reports bundle renders ({@link ReportService}); each bundle that owns data registers a
 * {@link ReportSource} per report, so a report exists exactly when its data's bundle is present.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.vivres.erp.api.report;
