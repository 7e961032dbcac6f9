package cn.dalian.laborbrand.review.campaign;

import java.time.LocalDate;

/**
 * What review needs of a campaign: how long its notice runs and its deadlines.
 *
 * @param noticeWorkingDays   the public notice's length in working days (5 under 大就办发〔2022〕9号)
 * @param forwardingDeadline  the day districts must have forwarded to the city (2022: 2 December)
 */
public record CampaignTerms(String code, String title, LocalDate applicationDeadline, LocalDate forwardingDeadline, int noticeWorkingDays,
        int version) {
}
