package org.vivres.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/** Without the activities bundle: hours on other tasks are recorded, hours on an activity's session cannot be. */
@ExtendWith(VivresSystem.class)
class VolunteeringAloneIT {

    @Test
    void withoutActivitiesNoSessionCanBeNamedButOtherHoursAreRecorded(Api admin) {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        Api manager = fx.user("MANAGER", store);
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        Api.Response activity = manager.post("/api/volunteering", Map.of("organization", store, "volunteer", "Aïcha",
                "date", today, "hours", "2", "task", "ACTIVITY", "activitySession", UUID.randomUUID().toString()));
        assertThat(activity.status()).as(activity.toString()).isEqualTo(422);
        assertThat(activity.code()).isEqualTo("ACTIVITIES_UNAVAILABLE");
        assertThat(manager.post("/api/volunteering", Map.of("organization", store, "volunteer", "Aïcha",
                "date", today, "hours", "2", "task", "DISTRIBUTION")).status()).isEqualTo(201);
        assertThat(manager.get("/api/volunteering?organization=" + store).json().path("items")).hasSize(1);
    }
}
