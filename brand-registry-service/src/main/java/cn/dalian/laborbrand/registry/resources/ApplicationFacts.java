package cn.dalian.laborbrand.registry.resources;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.DeclaredYear;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterYear;
import cn.dalian.laborbrand.contracts.registry.YearlyReportAccepted.RosterCounts;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/**
 * What the resource library keeps of an application (read model of ApplicationSubmitted / ApplicationResubmitted): the
 * unit's type, the brand description, and per year the declared counts (Attachment 1) and the roster's counts when a
 * roster was imported. No personal data.
 *
 * @param round 0 as submitted, n for the n-th resubmission: a later round replaces an earlier one, never the reverse
 */
public record ApplicationFacts(UUID applicationId, String orgId, UnitType unitType, String description, int round, List<YearFacts> years) {

    public ApplicationFacts {
        years = years.stream().sorted(Comparator.comparingInt(YearFacts::year)).toList();
    }

    public static ApplicationFacts of(ApplicationSubmitted application, int round) {
        TreeMap<Integer, YearFacts> years = new TreeMap<>();
        for (DeclaredYear declared : application.declaredYears()) {
            years.put(declared.year(), new YearFacts(declared.year(), declared.trainedCount(), declared.employedCount(), null));
        }
        if (application.roster() != null) {
            for (RosterYear counted : application.roster().years()) {
                YearFacts declared = years.get(counted.year());
                years.put(counted.year(), new YearFacts(counted.year(), declared == null ? null : declared.declaredTrained(),
                        declared == null ? null : declared.declaredEmployed(),
                        new RosterCounts(counted.listed(), counted.trainedCount(), counted.employedCount())));
            }
        }
        return new ApplicationFacts(application.applicationId(), application.orgId(), application.unitType(), application.description(), round,
                List.copyOf(years.values()));
    }

    public Optional<YearFacts> latestYear() {
        return years.isEmpty() ? Optional.empty() : Optional.of(years.getLast());
    }

    /** The roster's counts of the year, when the application's roster covered it. */
    public Optional<RosterCounts> rosterCounts(int year) {
        return years.stream().filter(facts -> facts.year() == year).findFirst().map(YearFacts::roster);
    }

    /**
     * One year of the application.
     *
     * @param roster the roster's counts under the counting rules; null when no roster covered the year
     */
    public record YearFacts(int year, Integer declaredTrained, Integer declaredEmployed, RosterCounts roster) {

        /** Workers employed in the year: the roster's count when there is one (it is counted under the rules), else as declared. */
        public Integer employed() {
            return roster != null ? Integer.valueOf(roster.employed()) : declaredEmployed;
        }

        public Integer trained() {
            return roster != null ? Integer.valueOf(roster.trained()) : declaredTrained;
        }
    }
}
