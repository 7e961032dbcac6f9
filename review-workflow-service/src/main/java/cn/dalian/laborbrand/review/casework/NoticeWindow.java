package cn.dalian.laborbrand.review.casework;

import java.time.LocalDate;

/**
 * The days a notice is before the public, both included, as the official calendar counts them.
 *
 * @param workingDays the working days it lasts (5 under 大就办发〔2022〕9号)
 */
public record NoticeWindow(LocalDate startsOn, LocalDate endsOn, int workingDays) {

    public NoticeWindow {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a notice cannot end before it starts");
        }
    }
}
