package cn.dalian.laborbrand.application.intake;

import java.math.BigDecimal;

/**
 * The figures of one declared year in Attachment 1.
 *
 * @param trainingPassRatePercent      培训合格率, 0–100
 * @param speciallyTrainedSharePercent 经过特色职业培训的人员所占比例, 0–100
 * @param lostDisputeCases             劳动人事争议败诉案件数
 * @param unfinishedRectifications     劳动监察部门责令整改未完成事项
 */
public record YearFigures(int year, int trainedCount, BigDecimal trainingPassRatePercent, int employedCount,
        BigDecimal speciallyTrainedSharePercent, int lostDisputeCases, int unfinishedRectifications) {

    /** The same figures, whatever the scale the rates were written with (86.5 and 86.50). */
    boolean sameFiguresAs(YearFigures other) {
        return year == other.year && trainedCount == other.trainedCount && employedCount == other.employedCount
                && lostDisputeCases == other.lostDisputeCases && unfinishedRectifications == other.unfinishedRectifications
                && trainingPassRatePercent.compareTo(other.trainingPassRatePercent) == 0
                && speciallyTrainedSharePercent.compareTo(other.speciallyTrainedSharePercent) == 0;
    }
}
