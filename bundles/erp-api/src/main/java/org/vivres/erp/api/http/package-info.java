/**
 * How a bundle serves its part of the HTTP API: it registers an {@link ApiResource} service and
 * writes {@link Handler}s; the kernel does routing, authentication, role checks, JSON (Jackson),
 * one transaction per request and the error body of API.md.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.vivres.erp.api.http;
