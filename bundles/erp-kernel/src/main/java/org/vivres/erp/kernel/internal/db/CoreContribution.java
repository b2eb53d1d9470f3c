package org.vivres.erp.kernel.internal.db;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.model.Household;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Payment;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.StockLevel;
import org.vivres.erp.api.model.StockMovement;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.model.User;
import org.vivres.erp.api.persistence.PersistenceContribution;
import org.vivres.erp.kernel.internal.catalogue.Category;
import org.vivres.erp.kernel.internal.catalogue.Label;
import org.vivres.erp.kernel.internal.core.DemoLoad;
import org.vivres.erp.kernel.internal.core.ProductPrice;
import org.vivres.erp.kernel.internal.event.ErpEvent;
import org.vivres.erp.kernel.internal.security.SessionToken;
import org.vivres.erp.kernel.internal.stock.Delivery;
import org.vivres.erp.kernel.internal.stock.DeliveryLine;
import org.vivres.erp.kernel.internal.ticket.TicketVat;
import org.vivres.erp.kernel.internal.till.Closing;
import org.vivres.erp.kernel.internal.till.TicketSoldOffline;
import org.vivres.erp.kernel.internal.till.Till;
import org.vivres.erp.kernel.internal.till.TillMovement;
import org.vivres.erp.kernel.internal.till.TillSession;
import org.vivres.erp.kernel.internal.till.TillTicket;
import org.vivres.erp.kernel.internal.till.TillZ;
import org.vivres.erp.kernel.internal.ticket.OfflineGapDecision;
import org.vivres.erp.kernel.internal.ticket.OfflineGapReview;

/** The kernel's own tables (sql/erp-kernel) and the API's core entities. */
@Component
public final class CoreContribution implements PersistenceContribution {

    @Override
    public String name() {
        return Persistence.CORE;
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Organization.class, User.class, Product.class, Household.class, Ticket.class,
                TicketLine.class, Payment.class, StockMovement.class, StockLevel.class, SessionToken.class, TicketVat.class,
                Till.class, TillSession.class, TillMovement.class, TillTicket.class, TillZ.class, Closing.class,
                TicketSoldOffline.class,
                ProductPrice.class, OfflineGapReview.class, OfflineGapDecision.class, ErpEvent.class,
                Category.class, Label.class, DemoLoad.class, Delivery.class, DeliveryLine.class);
    }

    @Override
    public String migrationPath() {
        return "db/migration/erp-kernel";
    }
}
