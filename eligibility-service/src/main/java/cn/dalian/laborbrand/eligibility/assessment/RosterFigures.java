package cn.dalian.laborbrand.eligibility.assessment;

import java.util.List;

/**
 * What the unit's worker roster (吸纳或有组织输出务工人员明细) counts, year by year, as the counting rules of 认定标准
 * count: application-service left out the unit's management staff, workers who neither serve a Dalian employer nor hold
 * Dalian household registration, and output to another province without its contract and social-insurance proof.
 *
 * @param years         the counts of each year the roster holds
 * @param sharedWorkers workers of this roster that another application of the campaign or a certified brand counts too
 */
public record RosterFigures(List<Year> years, int sharedWorkers) {

    public RosterFigures {
        years = List.copyOf(years);
        if (sharedWorkers < 0) {
            throw new IllegalArgumentException("a roster cannot share " + sharedWorkers + " workers");
        }
    }

    /**
     * One year of the roster.
     *
     * @param trainedCount                  workers trained in the year (培训人数)
     * @param passedCount                   of those, the ones who passed (培训合格)
     * @param employedCount                 workers absorbed or output to employment (吸纳或有组织输出就业)
     * @param speciallyTrainedEmployedCount of those employed, the ones who had the brand's special training
     */
    public record Year(int year, int trainedCount, int passedCount, int employedCount, int speciallyTrainedEmployedCount) {

        public Year {
            if (trainedCount < 0 || passedCount < 0 || employedCount < 0 || speciallyTrainedEmployedCount < 0) {
                throw new IllegalArgumentException("the roster's counts of " + year + " cannot be negative");
            }
            if (passedCount > trainedCount) {
                throw new IllegalArgumentException("the roster of " + year + " counts " + passedCount + " passed of " + trainedCount + " trained");
            }
            if (speciallyTrainedEmployedCount > employedCount) {
                throw new IllegalArgumentException("the roster of " + year + " counts " + speciallyTrainedEmployedCount
                        + " specially trained of " + employedCount + " employed");
            }
        }

        static Year empty(int year) {
            return new Year(year, 0, 0, 0, 0);
        }
    }

    /** The counts of a year; a year the roster does not hold counts nobody. */
    public Year year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst().orElseGet(() -> Year.empty(year));
    }
}
