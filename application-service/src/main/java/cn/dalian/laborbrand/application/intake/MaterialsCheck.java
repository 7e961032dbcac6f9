package cn.dalian.laborbrand.application.intake;

import java.util.List;

import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/**
 * What the check before submission asks about an application's materials (申报材料): which mandatory ones it still
 * lacks. Intake states the question so that it depends on no type of the evidence feature, which answers it.
 */
public interface MaterialsCheck {

    /**
     * The mandatory materials the application has no file of yet, in the checklist's order.
     *
     * @param unitType the unit's type as its profile says it, or {@code null} while the unit has no profile
     */
    List<MissingMaterial> missingFor(Application application, UnitType unitType);

    /**
     * A mandatory material not handed in yet.
     *
     * @param kind                  its stable code, e.g. {@code BUSINESS_LICENCE}
     * @param label                 its name, e.g. 营业执照或法人登记证书
     * @param reason                why it is mandatory for this application, in Chinese
     * @param onlyThroughRosterImport whether it is handed in through the roster import (花名册导入), not as an upload
     */
    record MissingMaterial(String kind, String label, String reason, boolean onlyThroughRosterImport) {
    }
}
