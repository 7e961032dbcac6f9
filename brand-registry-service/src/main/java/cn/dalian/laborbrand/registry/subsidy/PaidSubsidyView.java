package cn.dalian.laborbrand.registry.subsidy;

import java.time.Instant;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;

/** A paid subsidy as the brand's page shows it: 市级 ¥50,000.00, paid on …; the amount also in fen for sums. */
public record PaidSubsidyView(CertificationLevel certificationLevel, String levelLabel, long amountFen, String amountText, Instant paidAt) {
}
