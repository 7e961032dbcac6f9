package cn.dalian.laborbrand.subsidy.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.documents.XlsxTable;

/**
 * The documents finance staff download: a payment batch's list and the year's disbursement statement, each as XLSX or PDF.
 * Everything that can refuse (role, an unknown batch, the payments unreadable) refuses before the first byte; file names
 * are Chinese, sent per RFC 6266/5987 ({@code filename*=UTF-8''…} with an ASCII fallback).
 */
@RestController
class ExportController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final MediaType XLSX = MediaType.parseMediaType(XlsxTable.MEDIA_TYPE);

    private final ExportService exports;
    private final ExportDocuments documents;

    ExportController(ExportService exports, ExportDocuments documents) {
        this.exports = exports;
        this.documents = documents;
    }

    /** 支付清单 (XLSX) of a batch, whatever its status (the status is on it). */
    @GetMapping("/api/subsidies/batches/{id}/export.xlsx")
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    void paymentListXlsx(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        PaymentList list = exports.paymentList(id);
        start(response, XLSX, list.fileName("xlsx"));
        documents.paymentListXlsx(list, response.getOutputStream());
    }

    /** 支付清单 (PDF, A4 landscape, with the total in capitals and room for signatures). */
    @GetMapping("/api/subsidies/batches/{id}/export.pdf")
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    void paymentListPdf(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        PaymentList list = exports.paymentList(id);
        start(response, PDF, list.fileName("pdf"));
        documents.paymentListPdf(list, response.getOutputStream());
    }

    /** 年度奖补资金拨付明细表 (XLSX) of a budget year. */
    @GetMapping("/api/subsidies/reports/{year}/disbursements.xlsx")
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    void disbursementsXlsx(@PathVariable @Min(value = 2000, message = "预算年度应在 2000 至 2100 年之间。")
            @Max(value = 2100, message = "预算年度应在 2000 至 2100 年之间。") int year, HttpServletResponse response) throws IOException {
        DisbursementStatement statement = exports.disbursements(year);
        start(response, XLSX, statement.fileName("xlsx"));
        documents.disbursementsXlsx(statement, response.getOutputStream());
    }

    /** 年度奖补资金拨付明细表 (PDF, A4 landscape). */
    @GetMapping("/api/subsidies/reports/{year}/disbursements.pdf")
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    void disbursementsPdf(@PathVariable @Min(value = 2000, message = "预算年度应在 2000 至 2100 年之间。")
            @Max(value = 2100, message = "预算年度应在 2000 至 2100 年之间。") int year, HttpServletResponse response) throws IOException {
        DisbursementStatement statement = exports.disbursements(year);
        start(response, PDF, statement.fileName("pdf"));
        documents.disbursementsPdf(statement, response.getOutputStream());
    }

    /** The answer's head: the type, the Chinese file name (with Spring's ASCII fallback), never kept in a cache. */
    private static void start(HttpServletResponse response, MediaType type, String fileName) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    }
}
