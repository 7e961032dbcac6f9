package cn.dalian.laborbrand.application.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;

/**
 * An applicant unit's application for a labour brand. It belongs to one organisation for its whole
 * life and is reviewed by the HR bureau of the district the unit is registered in. The unit may change
 * it while it is a draft; submitting hands it to the district and needs every part of Attachment 1.
 */
public record Application(UUID id, String campaign, String orgId, String district, Content content,
        ApplicationStatus status, String createdBy, Instant createdAt, Instant updatedAt, String submittedBy,
        Instant submittedAt, int version) {

    /**
     * What the unit fills in: Attachment 1 and the levels it applies for.
     *
     * @param declaredYears  the figures of each declared year; may be incomplete while a draft
     * @param labourPractice may be missing while a draft
     */
    public record Content(String brandName, String unitName, UnitType unitType, Set<BrandLevel> requestedLevels,
            List<YearFigures> declaredYears, LabourPractice labourPractice) {

        public Content {
            Objects.requireNonNull(brandName);
            Objects.requireNonNull(unitName);
            Objects.requireNonNull(unitType);
            if (requestedLevels.isEmpty()) {
                throw new IllegalArgumentException("an application asks for at least one level");
            }
            brandName = brandName.strip();
            unitName = unitName.strip();
            requestedLevels = Set.copyOf(EnumSet.copyOf(requestedLevels));
            declaredYears = declaredYears == null ? List.of()
                    : declaredYears.stream().sorted(Comparator.comparingInt(YearFigures::year)).toList();
            Set<Integer> years = new HashSet<>();
            for (YearFigures figures : declaredYears) {
                if (!years.add(figures.year())) {
                    throw new PlatformException(IntakeProblem.DUPLICATE_YEAR, figures.year() + " 年度的数据填写了不止一次。");
                }
            }
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

    /** A new draft for the unit's own organisation and district, in the current campaign. */
    public static Application draft(UUID id, String campaign, Applicant applicant, Content content, Instant now) {
        return new Application(id, campaign, applicant.orgId(), applicant.district(), content, ApplicationStatus.DRAFT,
                applicant.username(), now, now, null, null, 0);
    }

    /**
     * The draft with new content; a submitted application stays as it was handed in. The unit edits the version
     * it read: an edit of an older version would overwrite another person's change, and is refused.
     */
    public Application revise(Content revised, int editedVersion, Instant now) {
        requireDraft();
        if (editedVersion != version) {
            throw new PlatformException(ProblemCode.PRECONDITION_FAILED, "申报书已被修改（您编辑的是第 " + editedVersion + " 版，当前为第 " + version
                    + " 版），请刷新后在最新版本上修改。").with("currentVersion", version);
        }
        return new Application(id, campaign, orgId, district, revised, status, createdBy, createdAt, now, null, null, version);
    }

    /**
     * Hands the application to the district bureau. Every year the campaign asks for must be declared
     * (and no other), and the labour practices filled in.
     */
    public Changed<Application> submit(List<Integer> campaignYears, String username, Instant now) {
        requireDraft();
        List<String> missing = new ArrayList<>();
        List<Integer> declared = content.declaredYears().stream().map(YearFigures::year).toList();
        for (Integer year : campaignYears) {
            if (!declared.contains(year)) {
                missing.add(year + " 年度的培训、就业等数据");
            }
        }
        for (Integer year : declared) {
            if (!campaignYears.contains(year)) {
                missing.add("删除本批次不要求的 " + year + " 年度数据");
            }
        }
        if (content.labourPractice() == null) {
            missing.add("劳动合同签订、用工备案、集体合同等权益保障情况");
        }
        if (content.unitName().isEmpty()) {
            missing.add("申报单位名称");
        }
        if (!missing.isEmpty()) {
            throw new PlatformException(IntakeProblem.APPLICATION_INCOMPLETE, "申报书尚未填写完整，请补充：" + String.join("；", missing) + "。");
        }
        Application submitted = new Application(id, campaign, orgId, district, content, ApplicationStatus.SUBMITTED, createdBy, createdAt,
                now, username, now, version);
        return Changed.to(submitted, ApplicationEvents.SUBMITTED.about(id, submitted.asSubmitted()));
    }

    /** What the district bureau, eligibility and notification learn of a submitted application. */
    private ApplicationSubmitted asSubmitted() {
        LabourPractice practice = content.labourPractice();
        return new ApplicationSubmitted(id, campaign, orgId, content.unitName(), district, content.brandName(), content.unitType(),
                content.requestedLevels(), content.declaredYears().stream()
                        .map(year -> new ApplicationSubmitted.DeclaredYear(year.year(), year.trainedCount(), year.trainingPassRatePercent(),
                                year.employedCount(), year.speciallyTrainedSharePercent(), year.lostDisputeCases(),
                                year.unfinishedRectifications()))
                        .toList(),
                new ApplicationSubmitted.LabourPractice(practice.contractSigningRatePercent(), practice.employmentFilingRatePercent(),
                        practice.collectiveContractInForce(), practice.labourRelationsCoordinators(), practice.massLabourDisputeOccurred()),
                submittedBy, submittedAt);
    }

    /** The same application under the version the store gave it. */
    public Application atVersion(int storedVersion) {
        return new Application(id, campaign, orgId, district, content, status, createdBy, createdAt, updatedAt, submittedBy, submittedAt,
                storedVersion);
    }

    private void requireDraft() {
        if (status != ApplicationStatus.DRAFT) {
            throw new PlatformException(IntakeProblem.APPLICATION_NOT_EDITABLE);
        }
    }
}
