package org.vivres.erp.api.report;

/** The formats a report renders to. */
public enum ReportFormat {
    PDF("application/pdf"), HTML("text/html; charset=utf-8"), CSV("text/csv; charset=utf-8");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
