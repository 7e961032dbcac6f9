package cn.dalian.laborbrand.platform.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.dalian.laborbrand.platform.validation.PlainName;

/**
 * One year's holiday arrangements as holiday-cn publishes them ({@code <year>.json}, MIT; its schema.json):
 * the State Council documents they come from and the days they name. Operators load a newly published year in
 * this form, as downloaded; the shipped years are read in it too.
 *
 * @param schema the file's {@code $schema}, accepted and not kept
 * @param id     the file's {@code $id}, accepted and not kept
 */
public record HolidayArrangement(
        @JsonProperty("$schema") @Size(max = 300) String schema,
        @JsonProperty("$id") @Size(max = 300) String id,
        @NotNull(message = "请填写年份") @Min(value = 2000, message = "年份不正确") @Max(value = 2100, message = "年份不正确") Integer year,
        @NotNull(message = "请列出国务院办公厅文件网址（可为空列表）") @Size(max = 20) List<@NotBlank @Size(max = 300) String> papers,
        @NotNull(message = "请列出节假日及调休日") @Size(max = 100, message = "一年的安排最多列出 100 天") List<@Valid @NotNull Day> days) {

    /**
     * @param offDay true for a holiday (休息日), false for a weekend made a working day (调休上班)
     */
    public record Day(
            @NotBlank(message = "请填写节日名称") @PlainName @Size(max = 20) String name,
            @NotNull(message = "请填写日期") LocalDate date,
            @NotNull(message = "请说明是否为休息日") @JsonProperty("isOffDay") Boolean offDay) {
    }
}
