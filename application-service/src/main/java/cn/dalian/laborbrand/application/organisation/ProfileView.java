package cn.dalian.laborbrand.application.organisation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.privacy.Masks;

/**
 * A profile as answers show it: the mobile and the account number masked.
 *
 * @param missingDeclarations the declarations still to make before the unit may submit
 */
public record ProfileView(String creditCode, String legalName, UnitType unitType, String district, String address, String personInCharge,
        String officePhone, String mobileMasked, String email, BankAccountView bankAccount, List<DeclarationView> declarations,
        List<DeclarationKind> missingDeclarations, String updatedBy, Instant updatedAt, int version) {

    public record BankAccountView(String accountName, String bankName, String numberMasked) {
    }

    public record DeclarationView(DeclarationKind kind, String text, String declaredBy, Instant declaredAt) {
    }

    static ProfileView of(OrganisationProfile profile) {
        return new ProfileView(profile.orgId(), profile.legalName(), profile.unitType(), profile.district(), profile.address(),
                profile.personInCharge(), profile.officePhone(), Masks.mobile(profile.mobile()), profile.email(),
                new BankAccountView(profile.bankAccount().accountName(), profile.bankAccount().bankName(),
                        Masks.accountNumber(profile.bankAccount().number())),
                profile.declarations().values().stream().sorted(Comparator.comparing(Declaration::kind))
                        .map(d -> new DeclarationView(d.kind(), d.kind().text(), d.declaredBy(), d.declaredAt())).toList(),
                profile.missingDeclarations(), profile.updatedBy(), profile.updatedAt(), profile.version());
    }
}
