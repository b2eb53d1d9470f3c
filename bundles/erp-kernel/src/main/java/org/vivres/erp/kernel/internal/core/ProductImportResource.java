package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Catalogue;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.kernel.internal.catalogue.CatalogueLists;
import org.vivres.erp.kernel.internal.event.EventJournal;
import org.vivres.erp.kernel.internal.http.Messages;

/**
 * {@code POST /api/products/import}: a store network's 1 000–5 000 products created and updated from a spreadsheet's
 * CSV. {@code ?dryRun=true} shows what would change; otherwise all lines apply or none (a half-imported catalogue
 * would price tickets with a mix of old and new terms).
 */
@Component
public final class ProductImportResource implements ApiResource {
    private final Dal dal;
    private final CatalogueLists lists;
    private final ErpContext context;
    private final EventJournal journal;

    /** The lists read once for the whole file, instead of two queries per line. */
    private record KnownCodes(Set<String> categories, Set<String> labels) implements Catalogue {
        @Override
        public boolean isCategory(String code) {
            return code != null && categories.contains(code.strip().toUpperCase(Locale.ROOT));
        }

        @Override
        public boolean isLabel(String code) {
            return code != null && labels.contains(code.strip().toUpperCase(Locale.ROOT));
        }
    }

    record ErrorBody(String code, String message) {
    }

    record RefusedImport(ErrorBody error, List<ProductImport.Refused> refused) {
    }

    @Activate
    public ProductImportResource(@Reference Dal dal, @Reference CatalogueLists lists, @Reference ErpContext context,
            @Reference EventJournal journal) {
        this.dal = dal;
        this.lists = lists;
        this.context = context;
        this.journal = journal;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/products/import", this::importFile, Role.NETWORK_ADMIN);
    }

    private Object importFile(ApiRequest request) {
        boolean dryRun = request.query("dryRun").map("true"::equalsIgnoreCase).orElse(false);
        String text = utf8(request.rawBody());
        Map<String, Product> bySku = dal.query(Product.class, null, null).list().stream()
                .collect(Collectors.toMap(Product::getSku, Function.identity()));
        Locale locale = context.locale();
        ProductImport file = new ProductImport(new KnownCodes(lists.categories(), lists.labels()), bySku,
                e -> Messages.of(e, locale));
        ProductImport.Preview preview = file.read(text);
        if (dryRun) {
            return preview;
        }
        if (file.refusedAny()) {
            ErpException refused = new ErpException(ErrorStatus.UNPROCESSABLE, "IMPORT_REFUSED", Refusals.class,
                    preview.refused().size());
            return new ApiResponse(422, new RefusedImport(new ErrorBody(refused.code(), Messages.of(refused, locale)),
                    preview.refused()), null);
        }
        for (ProductImport.Line line : file.toApply) {
            ProductTerms t = line.terms();
            if (line.existing() == null) {
                dal.save(new Product(line.sku(), t.name(), t.category(), line.uom(), t.price(), t.vat(), t.labels(),
                        t.originKm()));
            } else {
                Product product = line.existing();
                BigDecimal oldPrice = product.getReferencePrice();
                BigDecimal oldVat = product.getVatRate();
                product.change(t.name(), t.category(), t.price(), t.vat(), t.labels(), t.originKm());
                dal.save(product);
                journal.priceChanged(product.getId(), oldPrice, t.price(), oldVat, t.vat());
            }
        }
        return preview;
    }

    /** The file as UTF-8 (what spreadsheets export as « CSV UTF-8 »); any other encoding is refused, not guessed. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ErpException(ErrorStatus.BAD_REQUEST, "IMPORT_NOT_UTF8", Refusals.class);
        }
    }
}
