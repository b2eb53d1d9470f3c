package org.vivres.pos.internal;

import org.osgi.service.component.annotations.Component;

/**
 * The static web apps of the bundle, served by the HTTP whiteboard straight from the bundle's
 * {@code web/} folder: no servlet of ours, the container does caching headers and ranges.
 */
public final class WebApps {
    private WebApps() {
    }

    /** The till: {@code /pos/}. */
    @Component(service = Till.class, property = {
        "osgi.http.whiteboard.resource.pattern=/pos/*",
        "osgi.http.whiteboard.resource.prefix=/web/pos"})
    public static final class Till {
    }

    /** The back office: {@code /backoffice/}. */
    @Component(service = BackOffice.class, property = {
        "osgi.http.whiteboard.resource.pattern=/backoffice/*",
        "osgi.http.whiteboard.resource.prefix=/web/backoffice"})
    public static final class BackOffice {
    }

    /**
     * What both apps share (API client, i18n, contribution loader, styles) under {@code /ui/pos/},
     * the place the UI contribution contract gives each bundle for its modules.
     */
    @Component(service = Shared.class, property = {
        "osgi.http.whiteboard.resource.pattern=/ui/pos/*",
        "osgi.http.whiteboard.resource.prefix=/web/shared"})
    public static final class Shared {
    }
}
