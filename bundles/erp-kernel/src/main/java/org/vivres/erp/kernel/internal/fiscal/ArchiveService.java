package org.vivres.erp.kernel.internal.fiscal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.kernel.internal.dal.SessionHolder;
import org.vivres.erp.kernel.internal.event.EventJournal;

/**
 * Makes and keeps the archive of a store's closed month or year: its CSV files ({@link ArchiveFiles}), a
 * {@code manifest.json} with each file's SHA-256 and each chain's range and head, {@code manifest.sig} (Ed25519 over
 * the manifest's bytes, with the network's key) and {@code public-key.txt} (for convenience only: a checker must take
 * the key from elsewhere). The ZIP is kept in {@code erp_fiscal_archive}, written once.
 */
@Component(service = ArchiveService.class)
public final class ArchiveService {
    static final String FORMAT = "vivres-fiscal-archive/1";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final SessionHolder sessions;
    private final ErpContext context;
    private final FiscalKeys keys;
    private final EventJournal journal;

    /** What is kept of an archive, the ZIP aside. */
    public record ArchiveView(UUID id, UUID organization, String period, OffsetDateTime createdAt, int files,
            long size) {
    }

    @Activate
    public ArchiveService(@Reference SessionHolder sessions, @Reference ErpContext context,
            @Reference FiscalKeys keys, @Reference EventJournal journal) {
        this.sessions = sessions;
        this.context = context;
        this.keys = keys;
        this.journal = journal;
    }

    /** 400 {@code INVALID_PERIOD} unless {@code YYYY-MM} or {@code YYYY}; 409 {@code PERIOD_NOT_CLOSED}. */
    ArchiveView create(UUID organization, String period) {
        LocalDate first;
        LocalDate next;
        String kind;
        try {
            if (period.matches("\\d{4}-\\d{2}")) {
                first = YearMonth.parse(period).atDay(1);
                next = first.plusMonths(1);
                kind = "MONTH";
            } else if (period.matches("\\d{4}")) {
                first = LocalDate.of(Integer.parseInt(period), 1, 1);
                next = first.plusYears(1);
                kind = "YEAR";
            } else {
                throw new java.time.DateTimeException(period);
            }
        } catch (java.time.DateTimeException e) {
            throw new ErpException(ErrorStatus.BAD_REQUEST, "INVALID_PERIOD", ArchiveService.class, period,
                    "MONTH/YEAR");
        }
        OffsetDateTime from = first.atStartOfDay(StoreCalendar.ZONE).toOffsetDateTime();
        OffsetDateTime to = next.atStartOfDay(StoreCalendar.ZONE).toOffsetDateTime();
        String closingKind = kind;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        ArchiveView view = sessions.current().doReturningWork(c -> {
            try (var s = c.prepareStatement("select 1 from erp_closing where organization_id = ? and kind = ? "
                    + "and period = ?")) {
                s.setObject(1, organization);
                s.setString(2, closingKind);
                s.setString(3, period);
                try (var r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new ErpException(ErrorStatus.CONFLICT, "PERIOD_NOT_CLOSED", ArchiveService.class,
                                period);
                    }
                }
            }
            ArchiveFiles.Content content = ArchiveFiles.read(c, organization, from, to);
            byte[] zip = zip(organization, period, from, to, now, content);
            UUID id = UUID.randomUUID();
            try (var s = c.prepareStatement("insert into erp_fiscal_archive (id, organization_id, period, created_at, "
                    + "created_by, files, size, sha256, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, id);
                s.setObject(2, organization);
                s.setString(3, period);
                s.setObject(4, now);
                s.setString(5, context.username());
                s.setInt(6, content.files().size());
                s.setLong(7, zip.length);
                s.setString(8, sha256(zip));
                s.setBytes(9, zip);
                s.executeUpdate();
            }
            return new ArchiveView(id, organization, period, now, content.files().size(), zip.length);
        });
        journal.record(organization, EventJournal.ARCHIVE_MADE, view.id(), Map.of("archive", view.id(),
                "period", period, "files", view.files(), "size", view.size()));
        return view;
    }

    private byte[] zip(UUID organization, String period, OffsetDateTime from, OffsetDateTime to,
            OffsetDateTime now, ArchiveFiles.Content content) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("organization", organization.toString());
        manifest.put("period", period);
        manifest.put("from", from.toString());
        manifest.put("to", to.toString());
        manifest.put("createdAt", now.toString());
        manifest.put("signature", FiscalKeys.ALGORITHM);
        Map<String, String> hashes = new LinkedHashMap<>();
        content.files().forEach((name, bytes) -> hashes.put(name, sha256(bytes)));
        manifest.put("files", hashes);
        List<Map<String, Object>> chains = new ArrayList<>();
        for (ArchiveFiles.ChainRange r : content.chains()) {
            Map<String, Object> chain = new LinkedHashMap<>();
            chain.put("chain", r.chain());
            chain.put("firstSequence", r.first());
            chain.put("previous", r.previous());
            chain.put("lastSequence", r.last());
            chain.put("lastHash", r.lastHash());
            chains.add(chain);
        }
        manifest.put("chains", chains);
        try {
            byte[] manifestBytes = mapper.writeValueAsBytes(manifest);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> file : content.files().entrySet()) {
                    entry(zip, file.getKey(), file.getValue());
                }
                entry(zip, "manifest.json", manifestBytes);
                entry(zip, "manifest.sig", java.util.Base64.getEncoder().encode(keys.sign(manifestBytes)));
                entry(zip, "public-key.txt", keys.publicKey().getBytes(StandardCharsets.US_ASCII));
            }
            return out.toByteArray();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
