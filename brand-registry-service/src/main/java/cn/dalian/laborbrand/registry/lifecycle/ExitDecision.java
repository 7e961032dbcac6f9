package cn.dalian.laborbrand.registry.lifecycle;

import java.time.LocalDate;

/** The city employment leading group's decision that a brand exits (退出), by its reference (文号). */
public record ExitDecision(String reference, LocalDate decidedOn) {
}
