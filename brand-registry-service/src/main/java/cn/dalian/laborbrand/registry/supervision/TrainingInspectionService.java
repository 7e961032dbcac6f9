package cn.dalian.laborbrand.registry.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandService;

/** Training-quality inspections: recorded by the brand's district bureau, read within the reader's scope. */
@Service
public class TrainingInspectionService {

    private final BrandService brands;
    private final TrainingInspectionRepository inspections;
    private final Clock clock;

    TrainingInspectionService(BrandService brands, TrainingInspectionRepository inspections, Clock clock) {
        this.brands = brands;
        this.inspections = inspections;
        this.clock = clock;
    }

    /** What a reviewer writes down after an inspection. */
    record Report(LocalDate inspectedOn, String place, List<String> inspectors, List<String> itemsChecked, String findings,
            InspectionRating rating, String followUp) {
    }

    @Transactional(readOnly = true)
    public List<TrainingInspection> inspections(UUID brandId, DataScope scope) {
        return inspections.findAll(brandInScope(brandId, scope).id());
    }

    @Transactional
    TrainingInspection record(UUID brandId, Report report, DataScope scope, String recordedBy) {
        Brand brand = brandInScope(brandId, scope);
        // "today" is Dalian's, whatever zone the server runs in
        LocalDate today = LocalDate.ofInstant(clock.instant(), ChineseDates.DALIAN);
        TrainingInspection inspection = TrainingInspection.record(brand.id(), brand.certifiedOn(), today, report.inspectedOn(),
                report.place(), report.inspectors(), report.itemsChecked(), report.findings(), report.rating(), report.followUp(), recordedBy,
                clock.instant());
        inspections.insert(inspection);
        return inspection;
    }

    private Brand brandInScope(UUID brandId, DataScope scope) {
        return brands.find(brandId).filter(brand -> scope.covers(brand.orgId(), brand.district()))
                .orElseThrow(() -> new PlatformException(SupervisionProblem.BRAND_NOT_FOUND));
    }
}
