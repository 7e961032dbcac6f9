package cn.dalian.laborbrand.application.intake;

import java.math.BigDecimal;

/** The unit's labour practices (权益保障) as it declares them, with evidence, in its application. */
public record LabourPractice(BigDecimal contractSigningRatePercent, BigDecimal employmentFilingRatePercent,
        boolean collectiveContractInForce, int labourRelationsCoordinators, boolean massLabourDisputeOccurred) {

    // rates compare by value: 100 and 100.00 are the same rate
    @Override
    public boolean equals(Object other) {
        return other instanceof LabourPractice that && contractSigningRatePercent.compareTo(that.contractSigningRatePercent) == 0
                && employmentFilingRatePercent.compareTo(that.employmentFilingRatePercent) == 0
                && collectiveContractInForce == that.collectiveContractInForce
                && labourRelationsCoordinators == that.labourRelationsCoordinators
                && massLabourDisputeOccurred == that.massLabourDisputeOccurred;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(contractSigningRatePercent.stripTrailingZeros(), employmentFilingRatePercent.stripTrailingZeros(),
                collectiveContractInForce, labourRelationsCoordinators, massLabourDisputeOccurred);
    }
}
