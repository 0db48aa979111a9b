package cn.incubator.incubation.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where an organization stands in incubation, for other services (grants give graduated organizations priority).
 *
 * @param stage       the stage of its latest case
 * @param graduatedOn the Beijing date of its latest graduation (出壳); null when it never graduated
 * @param baseName    the base of its latest case
 */
public record IncubationStanding(UUID organizationId, Stage stage, LocalDate graduatedOn, String baseName) {

    public boolean graduated() {
        return graduatedOn != null;
    }
}
