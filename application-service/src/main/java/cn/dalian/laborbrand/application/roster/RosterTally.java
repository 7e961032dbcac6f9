package cn.dalian.laborbrand.application.roster;

import java.util.List;
import java.util.TreeMap;

import cn.dalian.laborbrand.application.roster.CountingRules.Counting;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterYear;

/**
 * Each year's counts of a roster as its rows are read: trained, passed, employed and specially trained among the
 * employed, of the workers the counting rules count, and how many rows each rule left out. Also whether the roster
 * shows organised output (to an employer other than the unit) and output to another province, which decide the
 * materials the application needs.
 */
public final class RosterTally {

    private final TreeMap<Integer, int[]> years = new TreeMap<>();
    private boolean organisedOutput;
    private boolean outOfProvinceOutput;

    private static final int LISTED = 0, TRAINED = 1, PASSED = 2, EMPLOYED = 3, SPECIALLY_TRAINED_EMPLOYED = 4, MANAGEMENT = 5,
            OUTSIDE_DALIAN = 6, UNPROVEN_OUTPUT = 7;

    /** Counts the worker as the rules say; answers how they were counted. */
    public Counting add(WorkerRow worker) {
        Counting counting = CountingRules.of(worker);
        int[] year = years.computeIfAbsent(worker.year(), any -> new int[8]);
        year[LISTED]++;
        switch (counting) {
            case MANAGEMENT -> year[MANAGEMENT]++;
            case OUTSIDE_DALIAN -> year[OUTSIDE_DALIAN]++;
            case UNPROVEN_OUTPUT -> year[UNPROVEN_OUTPUT]++;
            case COUNTED -> {
                if (worker.trained()) {
                    year[TRAINED]++;
                }
                if (worker.trained() && worker.passed()) {
                    year[PASSED]++;
                }
                if (worker.employed()) {
                    year[EMPLOYED]++;
                    if (worker.trained()) {
                        year[SPECIALLY_TRAINED_EMPLOYED]++;
                    }
                }
            }
        }
        if (counting != Counting.MANAGEMENT && worker.employed() && !RosterColumn.OWN_UNIT.equals(worker.employer())) {
            organisedOutput = true;
        }
        outOfProvinceOutput |= worker.outOfProvince() && counting != Counting.MANAGEMENT;
        return counting;
    }

    /** The counts of every year that has rows, in year order. */
    public List<RosterYear> years() {
        return years.entrySet().stream().map(entry -> {
            int[] c = entry.getValue();
            return new RosterYear(entry.getKey(), c[LISTED], c[TRAINED], c[PASSED], c[EMPLOYED], c[SPECIALLY_TRAINED_EMPLOYED], c[MANAGEMENT],
                    c[OUTSIDE_DALIAN], c[UNPROVEN_OUTPUT]);
        }).toList();
    }

    public boolean organisedOutput() {
        return organisedOutput;
    }

    public boolean outOfProvinceOutput() {
        return outOfProvinceOutput;
    }
}
