package cn.dalian.laborbrand.review.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.casework.CaseworkService;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.inspection.InspectionService;
import cn.dalian.laborbrand.review.precheck.PrecheckService;
import cn.dalian.laborbrand.review.publicity.NoticePeriod;
import cn.dalian.laborbrand.review.publicity.PublicityService;

/**
 * Draws up the documents reviewers export from the cases, notices, pre-checks and inspections as the other features keep
 * them. Each read is its own short transaction: a package of many materials takes minutes and holds no database
 * connection.
 */
@Service
class ExportService {

    private static final Logger log = LoggerFactory.getLogger(ExportService.class);

    private final CaseworkService casework;
    private final PublicityService publicity;
    private final PrecheckService prechecks;
    private final InspectionService inspections;
    private final ApplicationServiceClient applicationService;
    private final ExportDocuments documents;
    private final Clock clock;

    ExportService(CaseworkService casework, PublicityService publicity, PrecheckService prechecks, InspectionService inspections,
            ApplicationServiceClient applicationService, ExportDocuments documents, Clock clock) {
        this.casework = casework;
        this.publicity = publicity;
        this.prechecks = prechecks;
        this.inspections = inspections;
        this.applicationService = applicationService;
        this.documents = documents;
        this.clock = clock;
    }

    /** The city submission package of a district, ready to be written: its cases and its file name. */
    record CityPackageExport(String campaign, String district, String fileName, List<ReviewCase> cases, DistrictNames names) {
    }

    NoticeList noticeList(String campaign, ExportScope scope) {
        List<ReviewCase> cases = casework.casesOf(campaign, scope.district(), NoticeList.NOTICED);
        return NoticeList.of(campaign, scope.district(), cases, periodsOf(cases), applicationService.districtNames(), today());
    }

    ApprovalList approvalList(String campaign, ExportScope scope) {
        List<ReviewCase> cases = casework.casesOf(campaign, scope.district(), ApprovalList.LISTED);
        return ApprovalList.of(campaign, scope.district(), cases, casework::historyOf, applicationService.districtNames(), today());
    }

    /** The cases of the package; a district with none has nothing to hand on, which is said before any byte is sent. */
    CityPackageExport cityPackage(String campaign, String district) {
        // what a district hands to the city is what its notice list shows: under notice now, or forwarded since
        List<ReviewCase> cases = casework.casesOf(campaign, Optional.of(district), NoticeList.NOTICED);
        if (cases.isEmpty()) {
            throw new PlatformException(ExportProblem.NOTHING_TO_PACKAGE);
        }
        DistrictNames names = applicationService.districtNames();
        return new CityPackageExport(campaign, district, "报送市级材料包-" + campaign + "-" + names.nameOf(district) + ".zip", cases, names);
    }

    /** Writes the package case by case, the unit's materials and the inspection files read as the exporting person may read them. */
    void writeCityPackage(CityPackageExport export, UnitMaterials materials, OutputStream out) throws IOException {
        Map<UUID, NoticePeriod> periods = periodsOf(export.cases());
        try (CityPackage zip = new CityPackage(out, clock.instant())) {
            for (ReviewCase reviewCase : export.cases()) {
                Optional<ApplicationSubmitted> application = casework.applicationOf(reviewCase);
                Optional<byte[]> form = application.map(handedIn -> documents.applicationForm(
                        ApplicationForm.of(handedIn, Optional.ofNullable(reviewCase.districtDecision()))));
                byte[] opinion = documents.districtOpinion(DistrictOpinion.of(reviewCase, Optional.ofNullable(periods.get(reviewCase.id())),
                        prechecks.of(reviewCase.applicationId()), casework.historyOf(reviewCase), export.names()));
                CityPackage.Inspection inspection = CityPackage.Inspection.of(inspections.recordOf(reviewCase),
                        record -> documents.inspectionRecord(InspectionSheet.of(reviewCase, record, export.names())));
                zip.add(new CityPackage.CaseFolder(reviewCase.brandName(), reviewCase.unitName(), reviewCase.applicationId(), form, opinion,
                        inspection), materials);
            }
        }
        log.info("city submission package of district {} in campaign {} written: {} case(s)", export.district(), export.campaign(),
                export.cases().size());
    }

    private Map<UUID, NoticePeriod> periodsOf(List<ReviewCase> cases) {
        return publicity.periodsOf(cases.stream().map(ReviewCase::id).toList());
    }

    private LocalDate today() {
        return ChineseDates.today(clock);
    }
}
