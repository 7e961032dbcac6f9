package cn.dalian.laborbrand.registry.rectification;

import java.time.LocalDate;

/**
 * The official working-day calendar (法定节假日与调休). A port, so that the rules count without Spring: the registry's
 * {@code calendar} implements it on the one calendar the platform ships (platform-core's {@code OfficialHolidays}).
 */
public interface WorkingDays {

    /** The last day of a period of {@code workingDays} working days starting on {@code first}, which counts when it is a working day. */
    LocalDate lastDayOf(LocalDate first, int workingDays);

    boolean isWorkingDay(LocalDate day);
}
