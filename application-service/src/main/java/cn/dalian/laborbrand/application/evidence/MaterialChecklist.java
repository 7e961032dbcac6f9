package cn.dalian.laborbrand.application.evidence;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/**
 * Which materials an application must hand in (申报材料清单): a campaign's requirements applied to the unit's type, the
 * levels it asks for and the kinds of output its roster shows. A kind the campaign does not list is not asked for at
 * all; a listed kind is mandatory when its requirement holds for the application, else it is asked for but optional.
 */
public final class MaterialChecklist {

    /**
     * One kind of material on an application's checklist.
     *
     * @param mandatory whether the application may not be handed in without a file of this kind
     * @param reason    why it is mandatory, or when it would be, in Chinese
     */
    public record Item(MaterialKind kind, Requirement requirement, boolean mandatory, String reason) {
    }

    private final Map<MaterialKind, MaterialRequirement> requirements;

    /** @param requirements at most one per kind, each of a kind the unit hands in */
    public MaterialChecklist(Collection<MaterialRequirement> requirements) {
        Map<MaterialKind, MaterialRequirement> byKind = new EnumMap<>(MaterialKind.class);
        for (MaterialRequirement requirement : requirements) {
            if (!requirement.kind().handedInByUnit()) {
                throw new IllegalArgumentException(requirement.kind() + " is not the unit's to hand in");
            }
            if (byKind.put(requirement.kind(), requirement) != null) {
                throw new IllegalArgumentException("two requirements for " + requirement.kind());
            }
        }
        this.requirements = Map.copyOf(byKind);
    }

    /**
     * The platform's default, for a campaign that lists no requirements of its own: the notice's materials, all of
     * them mandatory for every unit, but the output agreements only with organised output and the out-of-province
     * proofs only with output to another province.
     */
    public static MaterialChecklist defaults() {
        return new MaterialChecklist(List.of(
                new MaterialRequirement(MaterialKind.ATTACHMENT_TWO, Requirement.ALWAYS),
                new MaterialRequirement(MaterialKind.BUSINESS_LICENCE, Requirement.ALWAYS),
                new MaterialRequirement(MaterialKind.APPLICATION_REPORT, Requirement.ALWAYS),
                new MaterialRequirement(MaterialKind.TRAINING_EVIDENCE, Requirement.ALWAYS),
                new MaterialRequirement(MaterialKind.ROSTER, Requirement.ALWAYS),
                new MaterialRequirement(MaterialKind.OUTPUT_AGREEMENTS, Requirement.ORGANISED_OUTPUT),
                new MaterialRequirement(MaterialKind.OUT_OF_PROVINCE_PROOFS, Requirement.OUT_OF_PROVINCE_OUTPUT),
                new MaterialRequirement(MaterialKind.LABOUR_RULES, Requirement.ALWAYS),
                new MaterialRequirement(MaterialKind.COLLECTIVE_CONTRACT, Requirement.ALWAYS),
                new MaterialRequirement(MaterialKind.COORDINATION_BODY, Requirement.ALWAYS)));
    }

    /** Whether the campaign asks for the kind at all. */
    public boolean asks(MaterialKind kind) {
        return requirements.containsKey(kind);
    }

    /**
     * Every kind the campaign asks for, in the notice's order, with whether it is mandatory for this application.
     *
     * @param unitType the unit's type, or {@code null} while it has no profile (then every requirement binds it)
     */
    public List<Item> itemsFor(UnitType unitType, Set<BrandLevel> levels, OutputKinds outputs) {
        return requirements.values().stream()
                .sorted(Comparator.comparing(MaterialRequirement::kind))
                .map(requirement -> itemOf(requirement, unitType, levels, outputs))
                .toList();
    }

    /** The mandatory kinds of which the application has no file yet. */
    public List<Item> missing(UnitType unitType, Set<BrandLevel> levels, OutputKinds outputs, Set<MaterialKind> present) {
        return itemsFor(unitType, levels, outputs).stream()
                .filter(item -> item.mandatory() && !present.contains(item.kind()))
                .toList();
    }

    private static Item itemOf(MaterialRequirement requirement, UnitType unitType, Set<BrandLevel> levels, OutputKinds outputs) {
        Requirement rule = requirement.requirement();
        if (rule != Requirement.OPTIONAL && !requirement.binds(unitType)) {
            return new Item(requirement.kind(), rule, false, "本批次仅要求" + unitTypesOf(requirement) + "提交，贵单位可自愿提供。");
        }
        return switch (rule) {
            case ALWAYS -> new Item(requirement.kind(), rule, true, requirement.unitTypes().isEmpty()
                    ? "每个申报单位都须提交。" : unitTypesOf(requirement) + "须提交。");
            case CITY_LEVEL -> levels.contains(BrandLevel.CITY)
                    ? new Item(requirement.kind(), rule, true, "申报市级劳务品牌须提交。")
                    : new Item(requirement.kind(), rule, false, "申报市级劳务品牌时须提交；仅申报区级可不提交。");
            case ORGANISED_OUTPUT -> outputs.organisedOutput()
                    ? new Item(requirement.kind(), rule, true, "花名册中有有组织输出的务工人员，须提交与用工单位签订的输出协议。")
                    : new Item(requirement.kind(), rule, false, "花名册中有有组织输出的务工人员时须提交。");
            case OUT_OF_PROVINCE_OUTPUT -> outputs.outOfProvinceOutput()
                    ? new Item(requirement.kind(), rule, true, "花名册中有输出到省外、劳动关系不在大连的务工人员，须提交其劳动（派遣）合同及在省外缴纳社会保险的证明，否则这些人员不计入就业人数。")
                    : new Item(requirement.kind(), rule, false, "花名册中有输出到省外、劳动关系不在大连的务工人员时须提交。");
            case OPTIONAL -> new Item(requirement.kind(), rule, false, "可自愿提供。");
        };
    }

    private static String unitTypesOf(MaterialRequirement requirement) {
        return requirement.unitTypes().stream().sorted().map(UnitType::label).collect(Collectors.joining("、"));
    }

    /** The requirement of a kind, if the campaign asks for it. */
    public Optional<MaterialRequirement> requirementOf(MaterialKind kind) {
        return Optional.ofNullable(requirements.get(kind));
    }
}
