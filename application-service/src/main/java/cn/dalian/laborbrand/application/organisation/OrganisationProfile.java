package cn.dalian.laborbrand.application.organisation;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.OrganisationContactsChanged;
import cn.dalian.laborbrand.contracts.events.OutgoingEvent;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.validation.UnifiedSocialCreditCode;

/**
 * An applicant unit's profile, kept by the unit. It is the unit's own: its credit code is the {@code orgId} of the
 * token of whoever keeps it, and its district decides which bureau reviews the unit's applications.
 *
 * @param declarations what the unit has declared, by kind
 */
public record OrganisationProfile(String orgId, String legalName, UnitType unitType, String district, String address,
        String personInCharge, String officePhone, String mobile, String email, BankAccount bankAccount,
        Map<DeclarationKind, Declaration> declarations, String updatedBy, Instant updatedAt, int version) {

    /**
     * What the unit fills in.
     *
     * @param declared the declarations it affirms now
     */
    public record Particulars(String creditCode, String legalName, UnitType unitType, String district, String address,
            String personInCharge, String officePhone, String mobile, String email, BankAccount bankAccount,
            Set<DeclarationKind> declared) {
    }

    public OrganisationProfile {
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(legalName);
        Objects.requireNonNull(unitType);
        Objects.requireNonNull(district);
        declarations = declarations.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(declarations));
    }

    /**
     * The profile as the unit keeps it now: the code must be a valid credit code and the caller's own organisation,
     * the account in the unit's legal name. A declaration made before keeps who made it and when; a new one is
     * recorded as the caller's, now; one no longer affirmed is withdrawn.
     *
     * @param previous the profile as stored, or {@code null} for the first time
     */
    public static OrganisationProfile kept(String tokenOrgId, Particulars particulars, OrganisationProfile previous, String username,
            Instant now) {
        UnifiedSocialCreditCode.problemWith(particulars.creditCode()).ifPresent(problem -> {
            throw new PlatformException(ProfileProblem.CREDIT_CODE_INVALID, problem).with("field", "creditCode");
        });
        if (!particulars.creditCode().equals(tokenOrgId)) {
            throw new PlatformException(ProfileProblem.ORG_ID_MISMATCH, "填写的统一社会信用代码 " + particulars.creditCode()
                    + " 与您账号关联的单位（" + tokenOrgId + "）不一致：只能维护本单位的档案。");
        }
        String legalName = particulars.legalName().strip();
        if (!particulars.bankAccount().accountName().strip().equals(legalName)) {
            throw new PlatformException(ProfileProblem.BANK_ACCOUNT_NAME_MISMATCH, "收款账户名称“" + particulars.bankAccount().accountName()
                    + "”与单位名称“" + legalName + "”不一致：补贴只拨付到以本单位名称开立的账户。").with("field", "bankAccount.accountName");
        }
        String mobile = keptOrNew(particulars.mobile(), previous == null ? null : previous.mobile(), "mobile", "手机号码");
        String accountNumber = keptOrNew(particulars.bankAccount().number(), previous == null ? null : previous.bankAccount().number(),
                "bankAccount.number", "银行账号");
        Map<DeclarationKind, Declaration> declarations = new EnumMap<>(DeclarationKind.class);
        for (DeclarationKind kind : particulars.declared()) {
            Declaration earlier = previous == null ? null : previous.declarations().get(kind);
            declarations.put(kind, earlier != null ? earlier : new Declaration(kind, username, now));
        }
        return new OrganisationProfile(tokenOrgId, legalName, particulars.unitType(), particulars.district(), particulars.address().strip(),
                particulars.personInCharge().strip(), particulars.officePhone().strip(), mobile,
                particulars.email().strip(), new BankAccount(legalName, particulars.bankAccount().bankName().strip(), accountNumber),
                declarations, username, now, previous == null ? 0 : previous.version());
    }

    /** A new value, or the stored one when the unit left the (masked) field empty; the first profile needs it. */
    private static String keptOrNew(String entered, String stored, String field, String label) {
        if (entered != null && !entered.isBlank()) {
            return entered.strip();
        }
        if (stored == null) {
            throw new PlatformException(ProfileProblem.PERSONAL_DATA_REQUIRED, "首次填写单位档案时请填写" + label + "。").with("field", field);
        }
        return stored;
    }

    /** The declarations still to make before the unit may submit. */
    public List<DeclarationKind> missingDeclarations() {
        return Arrays.stream(DeclarationKind.values()).filter(kind -> !declarations.containsKey(kind)).toList();
    }

    /** The contacts this profile holds, as the services that write to the unit learn them (the mobile in clear: the topic is theirs alone). */
    public OutgoingEvent<OrganisationContactsChanged> contactsChanged() {
        return ApplicationEvents.ORGANISATION_CONTACTS_CHANGED.about(orgId,
                new OrganisationContactsChanged(orgId, legalName, district, personInCharge, email, mobile, version, updatedAt));
    }

    public OrganisationProfile atVersion(int storedVersion) {
        return new OrganisationProfile(orgId, legalName, unitType, district, address, personInCharge, officePhone, mobile, email,
                bankAccount, declarations, updatedBy, updatedAt, storedVersion);
    }
}
