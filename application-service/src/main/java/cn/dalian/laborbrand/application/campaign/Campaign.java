package cn.dalian.laborbrand.application.campaign;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.dalian.laborbrand.contracts.application.CampaignPublished;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.text.ChineseDates;

/**
 * A campaign (申报批次), e.g. 2022 under 大就办发〔2022〕9号: the years Attachment 1 asks figures for, the days units may
 * submit (opening to the district deadline), the day districts must have forwarded to the city, and how many working
 * days the public notice runs.
 */
public record Campaign(String code, String title, String noticeReference, List<Integer> declaredYears, LocalDate opensOn,
        LocalDate applicationDeadline, LocalDate forwardingDeadline, int noticeWorkingDays, int version) {

    public Campaign {
        Objects.requireNonNull(code);
        Objects.requireNonNull(title);
        Objects.requireNonNull(noticeReference);
        declaredYears = declaredYears.stream().sorted().distinct().toList();
        if (declaredYears.isEmpty()) {
            throw new PlatformException(CampaignProblem.CAMPAIGN_INVALID, "申报批次至少要求填报一个年度的数据。");
        }
        if (opensOn.isAfter(applicationDeadline) || applicationDeadline.isAfter(forwardingDeadline)) {
            throw new PlatformException(CampaignProblem.CAMPAIGN_INVALID,
                    "申报批次的日期应依次为：开始受理日 ≤ 申报截止日（区级） ≤ 报送市级截止日。");
        }
        if (noticeWorkingDays < 1 || noticeWorkingDays > 30) {
            throw new PlatformException(CampaignProblem.CAMPAIGN_INVALID, "公示期应为 1 至 30 个工作日。");
        }
    }

    /** Whether a unit may submit on that day: from the opening to the district deadline, both included. */
    public boolean acceptsApplicationsOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(applicationDeadline);
    }

    /** Why a unit may not submit on that day, naming the window; empty while the window is open. */
    public Optional<String> windowClosedReasonOn(LocalDate day) {
        if (day.isBefore(opensOn)) {
            return Optional.of(title + "自" + ChineseDates.format(opensOn) + "开始受理申报（申报时间为" + window() + "），尚未开始。");
        }
        if (day.isAfter(applicationDeadline)) {
            return Optional.of(title + "的申报时间为" + window() + "，已于" + ChineseDates.format(applicationDeadline) + "截止。");
        }
        return Optional.empty();
    }

    /** Refuses a submission outside the window with a problem naming it. */
    public void requireOpenOn(LocalDate day) {
        windowClosedReasonOn(day).ifPresent(reason -> {
            throw new PlatformException(CampaignProblem.CAMPAIGN_WINDOW_CLOSED, reason)
                    .with("opensOn", opensOn.toString()).with("applicationDeadline", applicationDeadline.toString());
        });
    }

    /** 2022年11月10日至2022年11月22日 */
    public String window() {
        return ChineseDates.format(opensOn) + "至" + ChineseDates.format(applicationDeadline);
    }

    /**
     * The campaign new applications join on that day: the open one that opened last; with none open, the one whose
     * window ended last (so that the unit reads why it cannot submit), else the next to open.
     */
    public static Optional<Campaign> currentOn(List<Campaign> campaigns, LocalDate day) {
        Optional<Campaign> open = campaigns.stream().filter(campaign -> campaign.acceptsApplicationsOn(day))
                .max(Comparator.comparing(Campaign::opensOn));
        if (open.isPresent()) {
            return open;
        }
        Optional<Campaign> ended = campaigns.stream().filter(campaign -> campaign.applicationDeadline().isBefore(day))
                .max(Comparator.comparing(Campaign::applicationDeadline));
        return ended.isPresent() ? ended : campaigns.stream().min(Comparator.comparing(Campaign::opensOn));
    }

    CampaignPublished asPublished() {
        return new CampaignPublished(code, title, noticeReference, declaredYears, opensOn, applicationDeadline, forwardingDeadline,
                noticeWorkingDays, version);
    }
}
