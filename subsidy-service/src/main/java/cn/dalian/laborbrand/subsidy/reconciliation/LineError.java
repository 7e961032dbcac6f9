package cn.dalian.laborbrand.subsidy.reconciliation;

/** What is wrong on one line of a statement file (the header is line 1), in Chinese. */
public record LineError(int line, String message) {
}
