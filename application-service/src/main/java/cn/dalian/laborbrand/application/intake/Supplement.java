package cn.dalian.laborbrand.application.intake;

import java.time.LocalDate;
import java.util.Set;

import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;

/**
 * What the district asked the unit to supplement: the parts reopened, what is missing, and by when.
 */
public record Supplement(Set<ApplicationPart> parts, String note, LocalDate dueOn) {

    public Supplement {
        parts = Set.copyOf(parts);
    }
}
