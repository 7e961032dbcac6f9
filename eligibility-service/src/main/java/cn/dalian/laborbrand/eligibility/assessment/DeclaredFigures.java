package cn.dalian.laborbrand.eligibility.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What an application declares, as the criteria read it: rates as percentages (86.5 = 86.5 %).
 *
 * @param years    the figures of each declared year
 * @param practice the unit's labour practices
 */
public record DeclaredFigures(List<Year> years, Practice practice) {

    public record Year(int year, int trainedCount, BigDecimal trainingPassRatePercent, int employedCount,
            BigDecimal speciallyTrainedSharePercent, int lostDisputeCases, int unfinishedRectifications) {
    }

    public record Practice(BigDecimal contractSigningRatePercent, BigDecimal employmentFilingRatePercent,
            boolean collectiveContractInForce, int labourRelationsCoordinators, boolean massLabourDisputeOccurred) {
    }

    public Optional<Year> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }
}
