package cn.dalian.laborbrand.review.exports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.documents.XlsxTable;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.review.casework.Reviewer;

/**
 * The documents reviewers download: the notice list and the approval list as XLSX or PDF, and a district's city submission
 * package as a ZIP. Each is written straight to the answer as it is made; everything that can refuse (role, scope, an
 * empty package) refuses before the first byte. File names are Chinese, sent per RFC 6266/5987 ({@code filename*=UTF-8''…}
 * with an ASCII fallback).
 */
@RestController
@RequestMapping("/api/reviews/exports")
class ExportController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final MediaType XLSX = MediaType.parseMediaType(XlsxTable.MEDIA_TYPE);
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final ExportService exports;
    private final ExportDocuments documents;
    private final ApplicationServiceClient applicationService;

    ExportController(ExportService exports, ExportDocuments documents, ApplicationServiceClient applicationService) {
        this.exports = exports;
        this.documents = documents;
        this.applicationService = applicationService;
    }

    /** 公示名单 (XLSX): a district bureau its own district; city staff one district ({@code district}) or all. */
    @GetMapping("/notice-list.xlsx")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    void noticeListXlsx(CurrentUser user, @Valid @ParameterObject ExportQuery query, HttpServletResponse response) throws IOException {
        NoticeList list = exports.noticeList(query.campaign(), scope(user, query));
        start(response, XLSX, list.fileName("xlsx"));
        documents.noticeListXlsx(list, response.getOutputStream());
    }

    /** 公示名单 (printable PDF, A4). */
    @GetMapping("/notice-list.pdf")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    void noticeListPdf(CurrentUser user, @Valid @ParameterObject ExportQuery query, HttpServletResponse response) throws IOException {
        NoticeList list = exports.noticeList(query.campaign(), scope(user, query));
        start(response, PDF, list.fileName("pdf"));
        documents.noticeListPdf(list, response.getOutputStream());
    }

    /**
     * 报送市级材料包: one folder per case under notice or forwarded, with Attachment 1, the district's opinion, the concluded
     * inspection record, the unit's materials and the inspection's files (read from application-service with the caller's
     * token); {@code district} required for city staff.
     */
    @GetMapping("/city-package")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    void cityPackage(CurrentUser user, @Valid @ParameterObject ExportQuery query, HttpServletResponse response) throws IOException {
        ExportService.CityPackageExport export = exports.cityPackage(query.campaign(), scope(user, query).requireDistrict());
        UnitMaterials materials = applicationService.materialsFor(callersToken());
        start(response, ZIP, export.fileName());
        exports.writeCityPackage(export, materials, response.getOutputStream());
    }

    /** 核准认定名单 (XLSX): cases awaiting approval and those certified, every district or one. */
    @GetMapping("/approval-list.xlsx")
    @PreAuthorize("hasAnyRole('CITY_REVIEWER', 'LEADING_GROUP')")
    void approvalListXlsx(CurrentUser user, @Valid @ParameterObject ExportQuery query, HttpServletResponse response) throws IOException {
        ApprovalList list = exports.approvalList(query.campaign(), scope(user, query));
        start(response, XLSX, list.fileName("xlsx"));
        documents.approvalListXlsx(list, response.getOutputStream());
    }

    /** 核准认定名单 (printable PDF, A4 landscape). */
    @GetMapping("/approval-list.pdf")
    @PreAuthorize("hasAnyRole('CITY_REVIEWER', 'LEADING_GROUP')")
    void approvalListPdf(CurrentUser user, @Valid @ParameterObject ExportQuery query, HttpServletResponse response) throws IOException {
        ApprovalList list = exports.approvalList(query.campaign(), scope(user, query));
        start(response, PDF, list.fileName("pdf"));
        documents.approvalListPdf(list, response.getOutputStream());
    }

    private static ExportScope scope(CurrentUser user, ExportQuery query) {
        return ExportScope.of(Reviewer.of(user).scope(), query.askedDistrict());
    }

    /** The answer's head: the type, the Chinese file name (with Spring's ASCII fallback), never kept in a cache. */
    private static void start(HttpServletResponse response, MediaType type, String fileName) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    }

    /** The caller's own token, relayed to application-service, which checks it and its data scope again. */
    private static String callersToken() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return token.getToken().getTokenValue();
        }
        throw new IllegalStateException("an export is asked for by a signed-in person");
    }
}
