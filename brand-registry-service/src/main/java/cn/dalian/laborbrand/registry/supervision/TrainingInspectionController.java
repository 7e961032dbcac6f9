package cn.dalian.laborbrand.registry.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.platform.validation.PlainName;
import cn.dalian.laborbrand.registry.brand.BrandScope;

/** A brand's training-quality inspections: the district bureau records them, the city's reviewers read them. */
@RestController
@RequestMapping("/api/brands/{id}/training-inspections")
@PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER')")
class TrainingInspectionController {

    private final TrainingInspectionService inspections;
    private final InspectionMapper mapper;

    TrainingInspectionController(TrainingInspectionService inspections, InspectionMapper mapper) {
        this.inspections = inspections;
        this.mapper = mapper;
    }

    record InspectionRequest(@NotNull(message = "请填写督查日期。") LocalDate inspectedOn,
            @NotBlank(message = "请填写督查地点。") @PlainName(message = "督查地点须为一行文字。") @Size(max = 200, message = "督查地点不能超过 200 个字。") String place,
            @NotEmpty(message = "请填写督查人员。") @Size(max = 10, message = "督查人员最多 10 人。")
            List<@NotBlank(message = "督查人员姓名不能为空。") @PlainName(message = "督查人员姓名须为一行文字。")
            @Size(max = 50, message = "督查人员姓名不能超过 50 个字。") String> inspectors,
            @NotEmpty(message = "请填写督查事项。") @Size(max = 20, message = "督查事项最多 20 项。")
            List<@NotBlank(message = "督查事项不能为空。") @Size(max = 200, message = "每项督查事项不能超过 200 个字。") String> itemsChecked,
            @NotBlank(message = "请填写督查发现。") @Size(max = 2000, message = "督查发现不能超过 2000 个字。") String findings,
            @NotNull(message = "请选择督查结论。") InspectionRating rating,
            @Size(max = 1000, message = "整改或跟踪措施不能超过 1000 个字。") String followUp) {
    }

    record InspectionView(UUID id, UUID brandId, LocalDate inspectedOn, String place, List<String> inspectors, List<String> itemsChecked,
            String findings, InspectionRating rating, String ratingLabel, String followUp, String recordedBy, Instant recordedAt) {
    }

    @Mapper
    interface InspectionMapper {

        @Mapping(target = "ratingLabel", expression = "java(inspection.rating().label())")
        InspectionView toView(TrainingInspection inspection);

        List<InspectionView> toViews(List<TrainingInspection> inspections);

        TrainingInspectionService.Report toReport(InspectionRequest request);
    }

    @GetMapping
    List<InspectionView> list(@PathVariable UUID id, CurrentUser user) {
        return mapper.toViews(inspections.inspections(id, BrandScope.of(user.roles(), user.orgId(), user.district())));
    }

    @PostMapping
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    @ResponseStatus(HttpStatus.CREATED)
    InspectionView record(@PathVariable UUID id, @Valid @RequestBody InspectionRequest request, CurrentUser user) {
        return mapper.toView(inspections.record(id, mapper.toReport(request), BrandScope.of(user.roles(), user.orgId(), user.district()),
                user.username()));
    }
}
