package org.vivres.erp.kernel.internal.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.model.LegalIdentity;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.User;

/** The JSON shapes of the core entities (API.md). */
final class Views {
    private Views() {
    }

    /** An organization; the parts of its legal identity only when declared. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OrganizationView(UUID id, String name, String type, String legalName, String address, String postalCode,
            String city, String siret, String vatNumber, boolean mayIssueDonationReceipts) {
        static OrganizationView of(Organization o) {
            LegalIdentity i = o.getLegalIdentity();
            return new OrganizationView(o.getId(), o.getName(), o.getType(), i.legalName(), i.address(),
                    i.postalCode(), i.city(), i.siret(), i.vatNumber(), o.mayIssueDonationReceipts());
        }
    }

    record UserView(UUID id, String username, Set<Role> roles, UUID organization, boolean active) {
        static UserView of(User u) {
            return new UserView(u.getId(), u.getUsername(), u.getRoles(), u.getOrganization(), u.isActive());
        }
    }

    record ProductView(UUID id, String sku, String name, String category, String uom, BigDecimal referencePrice,
            BigDecimal vatRate, List<String> labels, Integer originKm) {
        static ProductView of(Product p) {
            return new ProductView(p.getId(), p.getSku(), p.getName(), p.getCategory(), p.getUom(),
                    p.getReferencePrice(), p.getVatRate(), p.getLabels(), p.getOriginKm());
        }
    }
}
