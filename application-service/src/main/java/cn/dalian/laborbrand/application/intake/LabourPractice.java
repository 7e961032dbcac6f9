package cn.dalian.laborbrand.application.intake;

import java.math.BigDecimal;

/** The unit's labour practices (权益保障) as it declares them, with evidence, in its application. */
public record LabourPractice(BigDecimal contractSigningRatePercent, BigDecimal employmentFilingRatePercent,
        boolean collectiveContractInForce, int labourRelationsCoordinators, boolean massLabourDisputeOccurred) {
}
