package org.vivres.erp.kernel.internal.ticket;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;

/**
 * The data of report {@code return-slip} (the bon de retour handed with a refund, {@code GET
 * /api/reports/return-slip?id=}): a return ticket as the receipt shows it — the store's identity, the sale it answers,
 * the lines given back, the return's VAT table, the refund per method and its seal. Same readers as the receipt; a
 * sale is {@code 422 NOT_A_RETURN}.
 */
@Component
public final class ReturnSlipReportSource implements ReportSource {
    private final Dal dal;
    private final ErpContext context;
    private final TicketReportSource receipts;

    @Activate
    public ReturnSlipReportSource(@Reference Dal dal, @Reference ErpContext context,
            @Reference TicketReportSource receipts) {
        this.dal = dal;
        this.context = context;
        this.receipts = receipts;
    }

    @Override
    public String name() {
        return "return-slip";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        ReportQuery.requireRole(context, Role.CASHIER, Role.MANAGER);
        Ticket ticket = Check.found(dal.get(Ticket.class, ReportQuery.id(parameters, "id")), "ticket");
        if (!Ticket.RETURN.equals(ticket.getKind())) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "NOT_A_RETURN", ReturnSlipReportSource.class,
                    ticket.getDocumentNo());
        }
        return receipts.data(parameters);
    }
}
