package cn.dalian.laborbrand.application.evidence;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.application.intake.Application;
import cn.dalian.laborbrand.application.intake.MaterialsCheck;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/**
 * An application's checklist of materials: its campaign's requirements (the platform's default when the campaign lists
 * none), the unit's type, the levels asked and the kinds of output its roster shows. Answers intake's check before
 * submission with the mandatory materials still missing.
 */
@Service
class ChecklistService implements MaterialsCheck {

    private final MaterialRepository materials;
    private final ObjectProvider<OutputKindsSource> outputKinds;

    ChecklistService(MaterialRepository materials, ObjectProvider<OutputKindsSource> outputKinds) {
        this.materials = materials;
        this.outputKinds = outputKinds;
    }

    /** The campaign's checklist. */
    @Transactional(readOnly = true)
    MaterialChecklist of(String campaign) {
        List<MaterialRequirement> requirements = materials.requirementsOf(campaign);
        return requirements.isEmpty() ? MaterialChecklist.defaults() : new MaterialChecklist(requirements);
    }

    /** What the roster says of the application's output; {@link OutputKinds#NONE} until a roster import tells. */
    OutputKinds outputKindsOf(UUID applicationId) {
        return outputKinds.getIfAvailable(() -> OutputKindsSource.NONE).outputKindsOf(applicationId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MissingMaterial> missingFor(Application application, UnitType unitType) {
        Set<MaterialKind> present = materials.kindsOf(application.id());
        return of(application.campaign())
                .missing(unitType, application.content().requestedLevels(), outputKindsOf(application.id()), present).stream()
                .map(item -> new MissingMaterial(item.kind().name(), item.kind().label(), item.reason(), item.kind().onlyThroughRosterImport()))
                .toList();
    }
}
