/**
 * The demonstration network of {@code --demo}: each capability fills its own tables for it
 * ({@link org.vivres.erp.api.demo.DemoContribution}) on the kernel's demo stores, households and products
 * ({@link org.vivres.erp.api.demo.DemoNetwork}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.vivres.erp.api.demo;
