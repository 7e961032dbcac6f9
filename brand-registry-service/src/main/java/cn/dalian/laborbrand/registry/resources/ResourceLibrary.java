package cn.dalian.laborbrand.registry.resources;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.registry.BrandProfileUpdated;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.registry.YearlyReportAccepted;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandService;
import cn.dalian.laborbrand.registry.brand.BrandStatus;
import cn.dalian.laborbrand.registry.catalogue.CatalogueService;
import cn.dalian.laborbrand.registry.feed.RegistryPublisher;

/**
 * The resource library (劳务品牌资源库): each brand's entry, filled from its application at registration, classified by
 * reviewers, and updated by the yearly reports the district accepts.
 */
@Service
public class ResourceLibrary {

    private final BrandService brands;
    private final CatalogueService catalogue;
    private final ResourceRepository resources;
    private final ApplicationFactsRepository applications;
    private final YearlyRosterCounts rosterCounts;
    private final RegistryPublisher publisher;
    private final Clock clock;

    ResourceLibrary(BrandService brands, CatalogueService catalogue, ResourceRepository resources, ApplicationFactsRepository applications,
            YearlyRosterCounts rosterCounts, RegistryPublisher publisher, Clock clock) {
        this.brands = brands;
        this.catalogue = catalogue;
        this.resources = resources;
        this.applications = applications;
        this.rosterCounts = rosterCounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * A newly registered brand enters the library, in the registration's transaction, with its application's figures when
     * they are known (then the profile is published as it stands).
     */
    @Transactional
    public void enter(Brand brand) {
        ResourceEntry entry = ResourceEntry.enter(brand.id(), brand.applicationId(), applications.find(brand.applicationId()), clock.instant());
        if (resources.insertEntry(entry) && entry.filledFromApplication()) {
            publishUpdated(brand, entry);
        }
    }

    /**
     * Keeps what the library needs of a submitted or resubmitted application; a brand already registered on it that still
     * awaits the application's figures (the events may come in any order) takes them now.
     */
    @Transactional
    void recordApplication(ApplicationSubmitted application, int round) {
        ApplicationFacts facts = ApplicationFacts.of(application, round);
        if (!applications.save(facts)) {
            return;
        }
        for (ResourceEntry entry : resources.findEntriesOf(facts.applicationId())) {
            ResourceEntry filled = entry.awaitsApplication() ? entry.fillFrom(facts, clock.instant()) : entry;
            if (filled.filledFromApplication() && filled != entry) {
                save(filled);
                brands.find(entry.brandId()).ifPresent(brand -> publishUpdated(brand, filled));
            }
        }
    }

    @Transactional(readOnly = true)
    ProfileSheet profile(UUID brandId, DataScope scope) {
        Brand brand = brandInScope(brandId, scope);
        ResourceEntry entry = resources.findEntry(brandId)
                .orElseGet(() -> ResourceEntry.enter(brand.id(), brand.applicationId(), Optional.empty(), brand.registeredAt()));
        List<YearlyReport> reports = resources.findReports(brandId);
        List<Integer> open = brand.status() == BrandStatus.EXITED ? List.of()
                : YearlyReport.reportableYears(brand.certifiedOn(), today()).stream()
                        .filter(year -> reports.stream().noneMatch(report -> report.year() == year && report.status() != ReportStatus.RETURNED))
                        .toList();
        return new ProfileSheet(brand, entry, applications.find(brand.applicationId()), reports, open);
    }

    /** A reviewer classifies the brand against GB/T 4754 and the guidance catalogue; the entry as it now stands is published. */
    @Transactional
    ProfileSheet classify(UUID brandId, Classification classification, DataScope scope, String by) {
        Brand brand = brandInScope(brandId, scope);
        if (brand.status() == BrandStatus.EXITED) {
            throw new PlatformException(ResourceProblem.BRAND_EXITED);
        }
        catalogue.requireClassification(classification.industrySection(), classification.industryDivision(), classification.catalogueCode());
        ResourceEntry classified = entryOf(brand).classify(classification, by, clock.instant());
        save(classified);
        publishUpdated(brand, classified);
        return profile(brandId, scope);
    }

    /** The holder reports a finished year, with the year's roster counts as the intake service's roster has them. */
    @Transactional
    YearlyReport submit(UUID brandId, int year, YearlyFigures figures, DataScope scope, String by) {
        Brand brand = brandInScope(brandId, scope);
        YearlyReport report = YearlyReport.submit(brand, year, today(), resources.findReport(brandId, year), figures,
                rosterCounts.of(brand.applicationId(), year), by, clock.instant());
        if (!resources.saveSubmission(report)) {
            throw new PlatformException(ResourceProblem.YEAR_ALREADY_REPORTED).with("year", year);
        }
        return report;
    }

    /**
     * The district accepts or returns a report awaiting review. An accepted one updates the entry (unless it stands for a
     * later year already) and is published with the year's profile and roster counts.
     */
    @Transactional
    YearlyReport review(UUID brandId, int year, ReviewOutcome outcome, String note, DataScope scope, String by) {
        Brand brand = brandInScope(brandId, scope);
        YearlyReport reviewed = resources.findReport(brandId, year).orElseThrow(() -> new PlatformException(ResourceProblem.REPORT_NOT_FOUND))
                .review(outcome, note, by, clock.instant());
        if (!resources.saveReview(reviewed)) {
            throw new PlatformException(ResourceProblem.REPORT_NOT_UNDER_REVIEW);
        }
        if (reviewed.status() == ReportStatus.ACCEPTED) {
            ResourceEntry entry = entryOf(brand);
            ResourceEntry accepted = entry.accept(reviewed, by, reviewed.reviewedAt());
            if (accepted != entry) {
                save(accepted);
            }
            publisher.publish(RegistryEvents.YEARLY_REPORT_ACCEPTED.about(brand.id(), new YearlyReportAccepted(brand.id(),
                    brand.certificateNumber(), brand.orgId(), brand.district(), brand.brandName(), year, entry.profileOf(reviewed.figures()),
                    reviewed.roster(), by, reviewed.reviewedAt())));
        }
        return reviewed;
    }

    @Transactional(readOnly = true)
    Page<YearlyReport> reports(ReportStatus status, DataScope scope, PageQuery page) {
        return resources.findReports(status, scope, page);
    }

    private Brand brandInScope(UUID brandId, DataScope scope) {
        return brands.find(brandId).filter(brand -> scope.covers(brand.orgId(), brand.district()))
                .orElseThrow(() -> new PlatformException(ResourceProblem.BRAND_NOT_FOUND));
    }

    /** The brand's entry; a brand that somehow has none (entered the registry by other means) gets it now. */
    private ResourceEntry entryOf(Brand brand) {
        return resources.findEntry(brand.id()).orElseGet(() -> {
            enter(brand);
            return resources.findEntry(brand.id()).orElseThrow();
        });
    }

    private void save(ResourceEntry entry) {
        if (!resources.updateEntry(entry)) {
            throw new PlatformException(ResourceProblem.CONCURRENT_CHANGE);
        }
    }

    private void publishUpdated(Brand brand, ResourceEntry entry) {
        publisher.publish(RegistryEvents.BRAND_PROFILE_UPDATED.about(brand.id(), new BrandProfileUpdated(brand.id(), brand.certificateNumber(),
                brand.orgId(), brand.district(), brand.brandName(), entry.profile(), entry.updatedBy(), entry.updatedAt())));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChineseDates.DALIAN));
    }

    /** A brand's entry with what the screens show beside it. */
    record ProfileSheet(Brand brand, ResourceEntry entry, Optional<ApplicationFacts> application, List<YearlyReport> reports,
            List<Integer> openYears) {
    }
}
