package cn.dalian.laborbrand.registry.rectification;

import java.time.LocalDate;

/**
 * The official working-day calendar (法定节假日与调休), as review-workflow-service keeps it. A port: the registry
 * does not own the calendar; an adapter will ask the calendar's owner.
 */
public interface WorkingDays {

    /** The last day of a period of {@code workingDays} working days starting on {@code first}, which counts when it is a working day. */
    LocalDate lastDayOf(LocalDate first, int workingDays);

    boolean isWorkingDay(LocalDate day);
}
