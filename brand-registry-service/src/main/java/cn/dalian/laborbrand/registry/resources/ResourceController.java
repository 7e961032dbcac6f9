package cn.dalian.laborbrand.registry.resources;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.contracts.registry.ResourceProfile;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandScope;
import cn.dalian.laborbrand.registry.catalogue.CatalogueEntry;
import cn.dalian.laborbrand.registry.catalogue.CatalogueService;
import cn.dalian.laborbrand.registry.catalogue.IndustryClassification;
import cn.dalian.laborbrand.registry.resources.ResourceLibrary.ProfileSheet;

/** A brand's resource-library entry, its classification, and the yearly reports: submitted by the holder, reviewed by the district. */
@RestController
class ResourceController {

    private final ResourceLibrary library;
    private final CatalogueService catalogue;
    private final ResourceMapper mapper;

    ResourceController(ResourceLibrary library, CatalogueService catalogue, ResourceMapper mapper) {
        this.library = library;
        this.catalogue = catalogue;
        this.mapper = mapper;
    }

    @GetMapping("/api/brands/{id}/profile")
    @PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP', 'OPERATOR')")
    public ResourceProfileView profile(@PathVariable UUID id, CurrentUser user) {
        return view(library.profile(id, BrandScope.of(user.roles(), user.orgId(), user.district())));
    }

    @PutMapping("/api/brands/{id}/profile/classification")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public ResourceProfileView classify(@PathVariable UUID id, @Valid @RequestBody ClassificationRequest request, CurrentUser user) {
        Classification classification = new Classification(request.industrySection(), request.industryDivision(), request.sector(),
                request.catalogueEntry());
        return view(library.classify(id, classification, BrandScope.of(user.roles(), user.orgId(), user.district()), user.username()));
    }

    @PostMapping("/api/brands/{id}/yearly-reports")
    @PreAuthorize("hasRole('APPLICANT')")
    @ResponseStatus(HttpStatus.CREATED)
    public YearlyReportView submit(@PathVariable UUID id, @Valid @RequestBody YearlyReportRequest request, CurrentUser user) {
        YearlyFigures figures = new YearlyFigures(request.employmentScale(), request.marketSharePercent(), request.economicBenefitTenThousandYuan(),
                request.trainingCapacity(), request.regionsServed(), request.narrative());
        return mapper.toView(library.submit(id, request.year(), figures, BrandScope.of(user.roles(), user.orgId(), user.district()),
                user.username()));
    }

    @PostMapping("/api/brands/{id}/yearly-reports/{year}/review")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public YearlyReportView review(@PathVariable UUID id, @PathVariable int year, @Valid @RequestBody ReviewRequest request, CurrentUser user) {
        return mapper.toView(library.review(id, year, request.outcome(), request.note(),
                BrandScope.of(user.roles(), user.orgId(), user.district()), user.username()));
    }

    /** The reports in a status within the caller's scope (the district's worklist: {@code ?status=SUBMITTED}), oldest first. */
    @GetMapping("/api/brands/yearly-reports")
    @PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP', 'OPERATOR')")
    public Page<YearlyReportView> reports(@RequestParam(defaultValue = "SUBMITTED") ReportStatus status, CurrentUser user,
            @Valid @ParameterObject PageQuery page) {
        return library.reports(status, BrandScope.of(user.roles(), user.orgId(), user.district()), page).mapAll(mapper::toViews);
    }

    private ResourceProfileView view(ProfileSheet sheet) {
        Brand brand = sheet.brand();
        ResourceProfile profile = sheet.entry().profile();
        IndustryClassification industries = catalogue.industries();
        return new ResourceProfileView(brand.id(), brand.certificateNumber(), brand.brandName(), brand.unitName(), brand.district(), brand.level(),
                brand.level().label(), brand.status(), brand.status().label(), brand.certifiedOn(), profile,
                Optional.ofNullable(profile.industrySection()).flatMap(industries::section).map(IndustryClassification.IndustrySection::name)
                        .orElse(null),
                Optional.ofNullable(profile.industryDivision()).flatMap(industries::division).map(IndustryClassification.IndustryDivision::name)
                        .orElse(null),
                Optional.ofNullable(profile.catalogueEntry()).flatMap(catalogue::entry).map(CatalogueEntry::name).orElse(null),
                sheet.entry().figuresYear(), sheet.entry().filledFromApplication(), sheet.application().map(ApplicationFacts::unitType).orElse(null),
                sheet.application().map(facts -> facts.unitType().label()).orElse(null),
                sheet.application().map(ApplicationFacts::description).orElse(null), sheet.entry().updatedBy(), sheet.entry().updatedAt(),
                sheet.openYears(), mapper.toViews(sheet.reports()));
    }

    /** @param catalogueEntry the guidance catalogue entry's code, or empty when the catalogue has none for the brand */
    record ClassificationRequest(
            @NotBlank(message = "请选择行业门类。") @Pattern(regexp = "[A-T]", message = "行业门类为 A 至 T 中的一个字母。") String industrySection,
            @NotBlank(message = "请选择行业大类。") @Pattern(regexp = "\\d{2}", message = "行业大类为两位数字代码，如 80。") String industryDivision,
            @NotBlank(message = "请填写所属领域。") @Size(max = 50, message = "所属领域不超过 50 字。") String sector,
            @Size(max = 8, message = "指导目录编码形如 O-80-01。") String catalogueEntry) {
    }

    record YearlyReportRequest(
            @NotNull(message = "请选择报告年度。") @Min(value = 2000, message = "报告年度不正确。") @Max(value = 2100, message = "报告年度不正确。") Integer year,
            @NotNull(message = "请填写就业规模（人）。") @Min(value = 0, message = "就业规模不能为负数。") @Max(value = 10_000_000, message = "就业规模过大，请核对。")
            Integer employmentScale,
            @NotNull(message = "请填写市场占有率（%）。") @DecimalMin(value = "0", message = "市场占有率应在 0 至 100 之间。")
            @DecimalMax(value = "100", message = "市场占有率应在 0 至 100 之间。") @Digits(integer = 3, fraction = 2, message = "市场占有率最多保留两位小数。")
            BigDecimal marketSharePercent,
            @NotNull(message = "请填写经济效益（万元）。") @DecimalMin(value = "0", message = "经济效益不能为负数。")
            @Digits(integer = 12, fraction = 2, message = "经济效益（万元）最多保留两位小数，且不超过 12 位整数。") BigDecimal economicBenefitTenThousandYuan,
            @NotNull(message = "请填写培训能力（人/年）。") @Min(value = 0, message = "培训能力不能为负数。") @Max(value = 10_000_000, message = "培训能力过大，请核对。")
            Integer trainingCapacity,
            @NotNull(message = "请填写服务地区。") @Size(min = 1, max = 50, message = "服务地区请填写 1 至 50 个。")
            List<@NotBlank(message = "服务地区不能为空。") @Size(max = 30, message = "每个服务地区不超过 30 字。") String> regionsServed,
            @NotBlank(message = "请填写年度情况说明。") @Size(max = 2000, message = "年度情况说明不超过 2000 字。") String narrative) {
    }

    record ReviewRequest(@NotNull(message = "请选择审核结果：通过或退回。") ReviewOutcome outcome,
            @Size(max = 500, message = "审核意见不超过 500 字。") String note) {
    }
}
