package cn.dalian.laborbrand.application.intake;

import cn.dalian.laborbrand.application.organisation.OrganisationProfile;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/** The unit's particulars in Attachment 1, as its profile held them when the application was last handed in. */
public record Unit(String legalName, UnitType unitType, String address, String personInCharge, String officePhone) {

    static Unit of(OrganisationProfile profile) {
        return new Unit(profile.legalName(), profile.unitType(), profile.address(), profile.personInCharge(), profile.officePhone());
    }
}
