package cn.dalian.laborbrand.registry.resources;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.registry.ResourceProfile;

/**
 * A brand's entry in the resource library as it now stands.
 *
 * @param figuresYear           the year the figures describe: the application's latest year when filled from it, then the
 *                              newest year whose report was accepted; null while nothing is known
 * @param filledFromApplication whether the application's figures were taken (they may arrive after the registration)
 */
public record ResourceEntry(UUID brandId, UUID applicationId, ResourceProfile profile, Integer figuresYear, boolean filledFromApplication,
        String updatedBy, Instant updatedAt, int version) {

    static final String SYSTEM = "system";

    /** A newly registered brand's entry: unclassified, with the application's figures when they are known already. */
    public static ResourceEntry enter(UUID brandId, UUID applicationId, Optional<ApplicationFacts> application, Instant at) {
        ResourceEntry empty = new ResourceEntry(brandId, applicationId,
                new ResourceProfile(null, null, null, null, null, null, null, null, List.of()), null, false, SYSTEM, at, 0);
        return application.map(facts -> empty.fillFrom(facts, at)).orElse(empty);
    }

    /** Whether the application's figures are still to come: not taken yet, and no yearly report has given newer ones. */
    public boolean awaitsApplication() {
        return !filledFromApplication && figuresYear == null;
    }

    /**
     * The application's figures of its latest year: employment scale = workers employed, training capacity = workers trained
     * (the roster's counts when it covered the year, else as declared); the rest is unknown until a yearly report.
     */
    public ResourceEntry fillFrom(ApplicationFacts application, Instant at) {
        return application.latestYear().map(year -> new ResourceEntry(brandId, applicationId,
                new ResourceProfile(profile.industrySection(), profile.industryDivision(), profile.sector(), profile.catalogueEntry(), year.employed(),
                        profile.marketSharePercent(), profile.economicBenefitTenThousandYuan(), year.trained(), profile.regionsServed()),
                year.year(), true, SYSTEM, at, version + 1)).orElse(this);
    }

    public ResourceEntry classify(Classification classification, String by, Instant at) {
        return new ResourceEntry(brandId, applicationId, new ResourceProfile(classification.industrySection(), classification.industryDivision(),
                classification.sector().strip(), classification.catalogueCode().orElse(null), profile.employmentScale(), profile.marketSharePercent(),
                profile.economicBenefitTenThousandYuan(), profile.trainingCapacity(), profile.regionsServed()), figuresYear, filledFromApplication,
                by, at, version + 1);
    }

    /** The profile as a year's report states it: this entry's classification with the year's figures. */
    public ResourceProfile profileOf(YearlyFigures figures) {
        return new ResourceProfile(profile.industrySection(), profile.industryDivision(), profile.sector(), profile.catalogueEntry(),
                figures.employmentScale(), figures.marketSharePercent(), figures.economicBenefitTenThousandYuan(), figures.trainingCapacity(),
                figures.regionsServed());
    }

    /**
     * The entry after a year's report was accepted: it takes the year's figures unless it already stands for a later year (a
     * late report of an earlier year goes to the history only).
     */
    public ResourceEntry accept(YearlyReport report, String by, Instant at) {
        if (figuresYear != null && report.year() < figuresYear) {
            return this;
        }
        return new ResourceEntry(brandId, applicationId, profileOf(report.figures()), report.year(), filledFromApplication, by, at, version + 1);
    }
}
