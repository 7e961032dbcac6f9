package cn.dalian.laborbrand.registry.catalogue;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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

import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.registry.catalogue.IndustryClassification.IndustrySection;

/** The industries (GB/T 4754-2017) and the guidance catalogue: read by anyone signed in, maintained by the city. */
@RestController
class CatalogueController {

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/brands/industries")
    @PreAuthorize("isAuthenticated()")
    public List<IndustrySection> industries() {
        return catalogue.industries().sections();
    }

    /** The catalogue in code order; {@code ?active=true} only the entries brands may still be classified against. */
    @GetMapping("/api/brands/catalogue")
    @PreAuthorize("isAuthenticated()")
    public List<CatalogueEntryView> entries(@RequestParam(defaultValue = "false") boolean active) {
        return catalogue.entries(active).stream().map(this::view).toList();
    }

    @PostMapping("/api/brands/catalogue")
    @PreAuthorize("hasAnyRole('CITY_REVIEWER', 'LEADING_GROUP')")
    @ResponseStatus(HttpStatus.CREATED)
    public CatalogueEntryView create(@Valid @RequestBody NewCatalogueEntry request, CurrentUser user) {
        return view(catalogue.create(request.code(), request.name(), request.guidance(), request.active(), user.username()));
    }

    @PutMapping("/api/brands/catalogue/{code}")
    @PreAuthorize("hasAnyRole('CITY_REVIEWER', 'LEADING_GROUP')")
    public CatalogueEntryView revise(@PathVariable String code, @Valid @RequestBody CatalogueRevision request, CurrentUser user) {
        return view(catalogue.revise(code, request.name(), request.guidance(), request.active(), user.username()));
    }

    private CatalogueEntryView view(CatalogueEntry entry) {
        IndustryClassification industries = catalogue.industries();
        return new CatalogueEntryView(entry.code(), entry.name(), entry.industrySection(),
                industries.section(entry.industrySection()).map(IndustrySection::name).orElse(null), entry.industryDivision(),
                industries.division(entry.industryDivision()).map(IndustryClassification.IndustryDivision::name).orElse(null),
                entry.guidance(), entry.active(), entry.updatedBy(), entry.updatedAt());
    }

    /** @param code 门类-大类-序号, e.g. O-80-01 (the section and division are read from it) */
    record NewCatalogueEntry(
            @NotBlank(message = "请填写目录编码。") @Pattern(regexp = "[A-T]-\\d{2}-\\d{2}", message = "目录编码应为“门类-大类-序号”，如 O-80-01。") String code,
            @NotBlank(message = "请填写条目名称。") @Size(max = 50, message = "条目名称不超过 50 字。") String name,
            @NotBlank(message = "请填写建设指导内容。") @Size(max = 2000, message = "建设指导内容不超过 2000 字。") String guidance,
            @NotNull(message = "请说明条目是否启用。") Boolean active) {
    }

    record CatalogueRevision(
            @NotBlank(message = "请填写条目名称。") @Size(max = 50, message = "条目名称不超过 50 字。") String name,
            @NotBlank(message = "请填写建设指导内容。") @Size(max = 2000, message = "建设指导内容不超过 2000 字。") String guidance,
            @NotNull(message = "请说明条目是否启用。") Boolean active) {
    }

    record CatalogueEntryView(String code, String name, String industrySection, String industrySectionName, String industryDivision,
            String industryDivisionName, String guidance, boolean active, String updatedBy, Instant updatedAt) {
    }
}
