package cn.dalian.laborbrand.contracts.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.events.AddedIn;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/**
 * An application as its unit submitted it: who, which brand, which levels, and the Attachment-1 figures
 * (大连市劳务品牌申报认定表) of every declared year.
 *
 * @param unitName       the applicant unit's registered name (申报单位)
 * @param district       the district (区市县 / 先导区) code where the unit is registered; its bureau reviews
 * @param declaredYears  one entry per year the campaign asks for, in year order
 * @param labourPractice the unit's labour practices (权益保障) as declared with evidence
 * @param brandName      the proposed name at the lowest level applied for (the district-level name when DISTRICT is asked)
 * @param cityBrandName  the proposed city-level name, when CITY is asked together with DISTRICT (1.1)
 * @param description    the brand description (品牌简介, at most 2000 characters) (1.1)
 * @param unit           the unit's particulars in Attachment 1 as its profile held them at submission (1.1)
 * @param roster         the counts of the worker roster the unit imported, per declared year; no personal data (1.2)
 */
public record ApplicationSubmitted(UUID applicationId, String campaign, String orgId, String unitName, String district,
        String brandName, UnitType unitType, Set<BrandLevel> requestedLevels, List<DeclaredYear> declaredYears,
        LabourPractice labourPractice, String submittedBy, Instant submittedAt, @AddedIn("1.1") String cityBrandName,
        @AddedIn("1.1") String description, @AddedIn("1.1") UnitParticulars unit,
        @AddedIn("1.2") RosterSummary roster) {

    /** The name the brand is certified under at a level: the city-level name at CITY when one was proposed. */
    public String brandNameAt(BrandLevel level) {
        return level == BrandLevel.CITY && cityBrandName != null ? cityBrandName : brandName;
    }

    /**
     * The unit's particulars of Attachment 1 (大连市劳务品牌申报认定表).
     *
     * @param address        registered address (单位地址)
     * @param personInCharge 负责人
     * @param officePhone    办公电话 (an office number, not personal data)
     */
    public record UnitParticulars(String address, String personInCharge, String officePhone) {
    }

    /**
     * The figures of one year of Attachment 1.
     *
     * @param trainingPassRatePercent       培训合格率, 0–100
     * @param speciallyTrainedSharePercent  经过特色职业培训的人员所占比例, 0–100
     * @param lostDisputeCases              劳动人事争议败诉案件数 (a risk flag for reviewers)
     * @param unfinishedRectifications      劳动监察部门责令整改未完成事项 (blocks certification by default)
     */
    public record DeclaredYear(int year, int trainedCount, BigDecimal trainingPassRatePercent, int employedCount,
            BigDecimal speciallyTrainedSharePercent, int lostDisputeCases, int unfinishedRectifications) {
    }

    /**
     * @param contractSigningRatePercent   劳动合同签订率, 0–100
     * @param employmentFilingRatePercent  劳动用工备案率, 0–100
     * @param collectiveContractInForce    labour rules, collective consultation and a collective contract in force
     * @param labourRelationsCoordinators  full- or part-time coordinators of the labour-relations body
     * @param massLabourDisputeOccurred    whether a mass or sudden labour-dispute incident occurred
     */
    public record LabourPractice(BigDecimal contractSigningRatePercent, BigDecimal employmentFilingRatePercent,
            boolean collectiveContractInForce, int labourRelationsCoordinators, boolean massLabourDisputeOccurred) {
    }

    /**
     * The worker roster (吸纳或有组织输出务工人员明细) counted as the counting rules of 认定标准 count: management staff
     * never, only workers who serve Dalian employers or hold Dalian household registration, and output to another
     * province only with its contract and social-insurance proof. Counts only, never a worker's identity.
     *
     * @param rosterId      the import the counts come from
     * @param sha256        the hash of the imported file, hex
     * @param rows          rows the import took
     * @param sharedWorkers workers of this roster counted also by another application of the campaign or by a brand
     *                      already certified (by their ID number), at submission
     */
    public record RosterSummary(UUID rosterId, String sha256, int rows, List<RosterYear> years, int sharedWorkers) {

        public Optional<RosterYear> year(int year) {
            return years.stream().filter(y -> y.year() == year).findFirst();
        }
    }

    /**
     * One year of the roster.
     *
     * @param listed                        rows of the year in the roster
     * @param trainedCount                  counted workers trained in the year (培训人数)
     * @param passedCount                   of those, the ones who passed (培训合格)
     * @param employedCount                 counted workers absorbed or output to employment (吸纳或有组织输出就业)
     * @param speciallyTrainedEmployedCount of those employed, the ones who had the brand's special training
     * @param excludedManagement            rows left out as the unit's management staff (经营管理人员)
     * @param excludedOutsideDalian         rows left out as serving no Dalian employer without Dalian household registration
     * @param excludedUnprovenOutput        rows left out as output to another province without contract or social-insurance proof
     */
    public record RosterYear(int year, int listed, int trainedCount, int passedCount, int employedCount,
            int speciallyTrainedEmployedCount, int excludedManagement, int excludedOutsideDalian, int excludedUnprovenOutput) {
    }
}
