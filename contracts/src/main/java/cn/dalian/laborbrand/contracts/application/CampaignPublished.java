package cn.dalian.laborbrand.contracts.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign (申报批次) as application-service keeps it, published whenever it is created or changed: the one source
 * of its years, window and notice length for every other service. Subject: the campaign code.
 *
 * @param declaredYears       the years whose figures Attachment 1 asks for, ascending
 * @param opensOn             the first day units may submit
 * @param applicationDeadline the last day units may submit to their district (2022: 22 November)
 * @param forwardingDeadline  the last day districts forward to the city (2022: 2 December)
 * @param noticeWorkingDays   how many working days the district's public notice (公示) runs
 * @param version             raised by every change; a consumer keeps the highest it has seen
 */
public record CampaignPublished(String code, String title, String noticeReference, List<Integer> declaredYears,
        LocalDate opensOn, LocalDate applicationDeadline, LocalDate forwardingDeadline, int noticeWorkingDays, int version) {
}
