package cn.dalian.laborbrand.application.evidence;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/**
 * What a campaign asks of one kind of material.
 *
 * @param unitTypes the unit types the requirement binds; empty for every unit type (for the others the kind is
 *                  asked for but optional)
 */
public record MaterialRequirement(MaterialKind kind, Requirement requirement, Set<UnitType> unitTypes) {

    public MaterialRequirement {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(requirement);
        unitTypes = unitTypes == null || unitTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unitTypes));
    }

    public MaterialRequirement(MaterialKind kind, Requirement requirement) {
        this(kind, requirement, Set.of());
    }

    /** Whether it binds a unit of that type; a unit whose type is not known yet (no profile) is bound. */
    boolean binds(UnitType unitType) {
        return unitTypes.isEmpty() || unitType == null || unitTypes.contains(unitType);
    }
}
