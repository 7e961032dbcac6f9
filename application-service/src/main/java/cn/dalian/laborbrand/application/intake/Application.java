package cn.dalian.laborbrand.application.intake;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterSummary;
import cn.dalian.laborbrand.contracts.application.ApplicationWithdrawn;
import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;

/**
 * An applicant unit's application for a labour brand. It belongs to one organisation for its whole life and is
 * reviewed by the HR bureau of the district the unit's profile names. The unit changes it while it is a draft, and
 * only the reopened parts while a supplement is asked; it hands it in when every check passes, and may withdraw it
 * until the district decides.
 *
 * @param unit               the unit's particulars as handed in (from its profile); {@code null} before the first submission
 * @param supplement         what the district asked for while {@code SUPPLEMENT_REQUESTED}, else {@code null}
 * @param resubmissionRound  how many times it was handed in again after a supplement request
 * @param rejection          why and by whom it was not taken further, once {@code REJECTED}
 */
public record Application(UUID id, String campaign, String orgId, String district, Unit unit, Content content,
        ApplicationStatus status, String createdBy, Instant createdAt, Instant updatedAt, String submittedBy, Instant submittedAt,
        Supplement supplement, int resubmissionRound, String withdrawnReason, Rejection rejection, int version) {

    /** The longest brand description Attachment 1 allows, in characters as a person counts them. */
    public static final int DESCRIPTION_LIMIT = 2000;

    /**
     * What the unit fills in of Attachment 1: the names, the description, the levels and the yearly figures.
     *
     * @param brandName      the name at the lowest level asked (the district-level name when DISTRICT is asked)
     * @param cityBrandName  the city-level name, asked only together with the district level
     * @param declaredYears  the figures of each declared year; may be incomplete while a draft
     * @param labourPractice may be missing while a draft
     */
    public record Content(String brandName, String cityBrandName, String description, Set<BrandLevel> requestedLevels,
            List<YearFigures> declaredYears, LabourPractice labourPractice) {

        public Content {
            Objects.requireNonNull(brandName);
            brandName = brandName.strip();
            cityBrandName = cityBrandName == null || cityBrandName.isBlank() ? null : cityBrandName.strip();
            description = description == null || description.isBlank() ? null : description.strip();
            if (requestedLevels.isEmpty()) {
                throw new IllegalArgumentException("an application asks for at least one level");
            }
            requestedLevels = Set.copyOf(EnumSet.copyOf(requestedLevels));
            if (requestedLevels.contains(BrandLevel.CITY) && !requestedLevels.contains(BrandLevel.DISTRICT)) {
                throw new PlatformException(IntakeProblem.CITY_WITHOUT_DISTRICT).with("field", "requestedLevels");
            }
            if (!requestedLevels.contains(BrandLevel.CITY)) {
                // a city-level name means nothing without the city level
                cityBrandName = null;
            }
            if (description != null && charactersOf(description) > DESCRIPTION_LIMIT) {
                throw new PlatformException(IntakeProblem.DESCRIPTION_TOO_LONG, "品牌简介不能超过 " + DESCRIPTION_LIMIT + " 字，当前为 "
                        + charactersOf(description) + " 字。").with("field", "description");
            }
            declaredYears = declaredYears == null ? List.of()
                    : declaredYears.stream().sorted(Comparator.comparingInt(YearFigures::year)).toList();
            Set<Integer> years = new HashSet<>();
            for (YearFigures figures : declaredYears) {
                if (!years.add(figures.year())) {
                    throw new PlatformException(IntakeProblem.DUPLICATE_YEAR, figures.year() + " 年度的数据填写了不止一次。");
                }
            }
        }

        /** The parts in which this content differs from an earlier one; rates compare by value (86.5 is 86.50). */
        public Set<ApplicationPart> partsChangedFrom(Content before) {
            Set<ApplicationPart> changed = EnumSet.noneOf(ApplicationPart.class);
            if (!brandName.equals(before.brandName) || !Objects.equals(cityBrandName, before.cityBrandName)) {
                changed.add(ApplicationPart.BRAND_NAME);
            }
            if (!Objects.equals(description, before.description)) {
                changed.add(ApplicationPart.DESCRIPTION);
            }
            if (!requestedLevels.equals(before.requestedLevels)) {
                changed.add(ApplicationPart.LEVELS);
            }
            if (declaredYears.size() != before.declaredYears.size() || IntStream.range(0, declaredYears.size())
                    .anyMatch(i -> !declaredYears.get(i).sameFiguresAs(before.declaredYears.get(i)))) {
                changed.add(ApplicationPart.DECLARED_YEARS);
            }
            if (!Objects.equals(labourPractice, before.labourPractice)) {
                changed.add(ApplicationPart.LABOUR_PRACTICE);
            }
            return changed;
        }

        /**
         * Characters as a person counts them: each Chinese character, letter, digit or punctuation mark is one, whatever
         * its encoding (a character outside the Basic Multilingual Plane is one, not two); line breaks are not counted.
         */
        public static int charactersOf(String text) {
            String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
            return (int) normalised.codePoints().filter(c -> c != '\n' && c != '\r').count();
        }
    }

    public Application {
        Objects.requireNonNull(id);
        Objects.requireNonNull(campaign);
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(district);
        Objects.requireNonNull(content);
        Objects.requireNonNull(status);
    }

    /** A new draft of the unit's organisation in the campaign open now, for the district its profile names. */
    public static Application draft(UUID id, String campaign, String orgId, String district, String username, Content content, Instant now) {
        return new Application(id, campaign, orgId, district, null, content, ApplicationStatus.DRAFT, username, now, now, null, null, null, 0,
                null, null, 0);
    }

    /**
     * The application with new content. A draft takes any change; while a supplement is asked only the reopened parts may
     * differ; otherwise it stays as handed in. The unit edits the version it read: an edit of an older version would
     * overwrite another person's change, and is refused.
     */
    public Application revise(Content revised, int editedVersion, Instant now) {
        if (status == ApplicationStatus.SUPPLEMENT_REQUESTED) {
            Set<ApplicationPart> notReopened = EnumSet.noneOf(ApplicationPart.class);
            notReopened.addAll(revised.partsChangedFrom(content));
            notReopened.removeAll(supplement.parts());
            if (!notReopened.isEmpty()) {
                throw new PlatformException(IntakeProblem.PART_NOT_REOPENED, "补充材料只能修改区人社部门要求补充的内容（"
                        + labels(supplement.parts()) + "），不能修改：" + labels(notReopened) + "。")
                        .with("notReopened", notReopened).with("reopened", supplement.parts());
            }
        } else if (status != ApplicationStatus.DRAFT) {
            throw new PlatformException(IntakeProblem.APPLICATION_NOT_EDITABLE);
        }
        if (editedVersion != version) {
            throw new PlatformException(ProblemCode.PRECONDITION_FAILED, "申报书已被修改（您编辑的是第 " + editedVersion + " 版，当前为第 " + version
                    + " 版），请刷新后在最新版本上修改。").with("currentVersion", version);
        }
        return new Application(id, campaign, orgId, district, unit, revised, status, createdBy, createdAt, now, submittedBy, submittedAt,
                supplement, resubmissionRound, withdrawnReason, rejection, version);
    }

    /**
     * Hands the draft to the bureau of the district the unit's profile names now, with the unit's particulars as they
     * stand, if every check passed; otherwise refuses with the complete list of what to put right.
     */
    public Changed<Application> submit(SubmissionCheck check, Unit handedInUnit, String profileDistrict, RosterSummary roster, String username,
            Instant now) {
        requireStatus(ApplicationStatus.DRAFT);
        check.requireReady();
        Application submitted = new Application(id, campaign, orgId, profileDistrict, handedInUnit, content, ApplicationStatus.SUBMITTED,
                createdBy, createdAt, now, username, now, null, 0, null, null, version);
        return Changed.to(submitted, ApplicationEvents.SUBMITTED.about(id, submitted.asSubmitted(roster)));
    }

    /** The district asks for a supplement: the named parts reopen until the unit resubmits. */
    public Application requestSupplement(Supplement asked, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED);
        return new Application(id, campaign, orgId, district, unit, content, ApplicationStatus.SUPPLEMENT_REQUESTED, createdBy, createdAt,
                now, submittedBy, submittedAt, asked, resubmissionRound, null, null, version);
    }

    /**
     * Hands the supplemented application in again, to the same district, if every check passes. The unit's particulars
     * are taken from its profile again only when the district reopened them.
     */
    public Changed<Application> resubmit(SubmissionCheck check, Unit currentUnit, RosterSummary roster, String username, Instant now) {
        requireStatus(ApplicationStatus.SUPPLEMENT_REQUESTED);
        check.requireReady();
        Unit handedIn = supplement.parts().contains(ApplicationPart.UNIT_PROFILE) ? currentUnit : unit;
        Application resubmitted = new Application(id, campaign, orgId, district, handedIn, content, ApplicationStatus.SUBMITTED, createdBy,
                createdAt, now, username, now, null, resubmissionRound + 1, null, null, version);
        return Changed.to(resubmitted, ApplicationEvents.RESUBMITTED.about(id,
                new ApplicationResubmitted(id, resubmitted.resubmissionRound(), supplement.parts(), resubmitted.asSubmitted(roster))));
    }

    /** The unit withdraws what it handed in, before the district decides. */
    public Changed<Application> withdraw(String reason, String username, Instant now) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.SUPPLEMENT_REQUESTED) {
            throw new PlatformException(IntakeProblem.NOT_WITHDRAWABLE, status == ApplicationStatus.DRAFT
                    ? "草稿尚未提交，无需撤回。" : "区人社部门已作出决定或申报已撤回，不能再撤回。");
        }
        Application withdrawn = new Application(id, campaign, orgId, district, unit, content, ApplicationStatus.WITHDRAWN, createdBy, createdAt,
                now, submittedBy, submittedAt, null, resubmissionRound, reason.strip(), null, version);
        return Changed.to(withdrawn, ApplicationEvents.WITHDRAWN.about(id,
                new ApplicationWithdrawn(id, campaign, orgId, district, reason.strip(), username, now)));
    }

    /** The district decided: the application can no longer be withdrawn. A withdrawn or rejected one stays so. */
    public Application decided(Instant now) {
        if (status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.DECIDED || status == ApplicationStatus.REJECTED) {
            return this;
        }
        return new Application(id, campaign, orgId, district, unit, content, ApplicationStatus.DECIDED, createdBy, createdAt, now, submittedBy,
                submittedAt, null, resubmissionRound, null, null, version);
    }

    /**
     * The review did not take it further (不予通过), at whatever stage, with the reason the unit reads. A withdrawn
     * application stays withdrawn; a repeated notice changes nothing.
     */
    public Application rejected(Rejection why, Instant now) {
        if (status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.REJECTED) {
            return this;
        }
        return new Application(id, campaign, orgId, district, unit, content, ApplicationStatus.REJECTED, createdBy, createdAt, now, submittedBy,
                submittedAt, null, resubmissionRound, null, why, version);
    }

    /** What the district bureau, eligibility and notification learn of a handed-in application, with its roster's counts. */
    private ApplicationSubmitted asSubmitted(RosterSummary roster) {
        LabourPractice practice = content.labourPractice();
        return new ApplicationSubmitted(id, campaign, orgId, unit.legalName(), district, content.brandName(), unit.unitType(),
                content.requestedLevels(), content.declaredYears().stream()
                        .map(year -> new ApplicationSubmitted.DeclaredYear(year.year(), year.trainedCount(), year.trainingPassRatePercent(),
                                year.employedCount(), year.speciallyTrainedSharePercent(), year.lostDisputeCases(),
                                year.unfinishedRectifications()))
                        .toList(),
                new ApplicationSubmitted.LabourPractice(practice.contractSigningRatePercent(), practice.employmentFilingRatePercent(),
                        practice.collectiveContractInForce(), practice.labourRelationsCoordinators(), practice.massLabourDisputeOccurred()),
                submittedBy, submittedAt, content.cityBrandName(), content.description(),
                new ApplicationSubmitted.UnitParticulars(unit.address(), unit.personInCharge(), unit.officePhone()), roster);
    }

    /** The same application under the version the store gave it. */
    public Application atVersion(int storedVersion) {
        return new Application(id, campaign, orgId, district, unit, content, status, createdBy, createdAt, updatedAt, submittedBy, submittedAt,
                supplement, resubmissionRound, withdrawnReason, rejection, storedVersion);
    }

    /** Whether its materials (申报材料) may be added or removed: while it is a draft, and while a supplement is asked. */
    public boolean materialsChangeable() {
        return status == ApplicationStatus.DRAFT || status == ApplicationStatus.SUPPLEMENT_REQUESTED;
    }

    /** Whether it is under review: handed in, not withdrawn (a supplement may be asked, the district may have decided). */
    public boolean underReview() {
        return status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.SUPPLEMENT_REQUESTED || status == ApplicationStatus.DECIDED;
    }

    /** The supplement's due date, if one is asked. */
    public LocalDate supplementDueOn() {
        return supplement == null ? null : supplement.dueOn();
    }

    private void requireStatus(ApplicationStatus expected) {
        if (status != expected) {
            throw new PlatformException(IntakeProblem.APPLICATION_NOT_EDITABLE, switch (expected) {
                case DRAFT -> "申报书已提交，不能再次提交；如区人社部门要求补充材料，请在补充后重新提交。";
                case SUPPLEMENT_REQUESTED -> "区人社部门未要求补充材料，无需重新提交。";
                default -> "申报书当前状态下不能进行此操作。";
            });
        }
    }

    private static String labels(Set<ApplicationPart> parts) {
        return parts.stream().sorted().map(ApplicationPart::label).collect(Collectors.joining("、"));
    }
}
