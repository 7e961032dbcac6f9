package cn.dalian.laborbrand.application.roster;

import cn.dalian.laborbrand.platform.validation.ResidentIdNumber;

/**
 * The counting rules of 认定标准 (DOMAIN.md, "Counting rules"), applied to one worker of the roster, in this order:
 * the unit's management staff (经营管理人员) are never counted; output to another province counts only with the
 * worker's labour or dispatch contract and proof of social-insurance payment there; and a worker counts only when
 * serving a Dalian employer or holding Dalian household registration (ID address code 2102…).
 */
public final class CountingRules {

    /** Whether a worker counts, or the rule that leaves them out. */
    public enum Counting {
        COUNTED("计入"),
        MANAGEMENT("经营管理人员不计入"),
        UNPROVEN_OUTPUT("省外输出缺少劳动（派遣）合同或社保缴纳证明，不计入"),
        OUTSIDE_DALIAN("既未服务大连用工单位也非大连户籍，不计入");

        private final String label;

        Counting(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private CountingRules() {
    }

    public static Counting of(WorkerRow worker) {
        if (worker.management()) {
            return Counting.MANAGEMENT;
        }
        if (worker.outOfProvince() && (worker.contractRef() == null || worker.insuranceRef() == null)) {
            return Counting.UNPROVEN_OUTPUT;
        }
        if (!worker.employerInDalian() && !ResidentIdNumber.isDalianHousehold(worker.idNumber())) {
            return Counting.OUTSIDE_DALIAN;
        }
        return Counting.COUNTED;
    }
}
