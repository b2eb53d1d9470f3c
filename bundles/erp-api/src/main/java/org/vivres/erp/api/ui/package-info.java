/**
 * The UI contribution registry: a bundle adds its screens to the back office and its buttons and
 * panels to the till by registering {@link UiContribution}s; with the bundle absent, they vanish.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.vivres.erp.api.ui;
