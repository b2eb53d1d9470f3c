package org.vivres.pricing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.persistence.PersonalDataHook;
import org.vivres.pricing.internal.model.Tier;
import org.vivres.pricing.internal.model.TierAssignment;

/**
 * Section {@code pricing} of a household's export: its tier assignment (the only thing this bundle
 * keeps about a household; incomes are never stored). Erasure deletes it.
 */
@Component
public final class PricingPersonalData implements PersonalDataHook {
    private final Dal dal;

    record AssignmentExport(String tier, String name, LocalDate validFrom, LocalDate validTo,
            OffsetDateTime assignedAt, String assignedBy) {
    }

    @Activate
    public PricingPersonalData(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public String section() {
        return "pricing";
    }

    @Override
    public Object export(UUID household) {
        List<AssignmentExport> assignments = assignments(household).stream().map(a -> {
            Tier tier = dal.get(Tier.class, a.getTier());
            return new AssignmentExport(tier == null ? null : tier.getCode(), tier == null ? null : tier.getName(),
                    a.getValidFrom(), a.getValidTo(), a.getUpdatedAt(), a.getUpdatedBy());
        }).toList();
        return Map.of("assignments", assignments);
    }

    @Override
    public void erase(UUID household) {
        assignments(household).forEach(dal::remove);
    }

    private List<TierAssignment> assignments(UUID household) {
        return dal.query(TierAssignment.class, "e.household = :h", Map.of("h", household)).list();
    }
}
