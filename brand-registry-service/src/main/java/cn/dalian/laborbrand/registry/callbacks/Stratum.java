package cn.dalian.laborbrand.registry.callbacks;

import java.util.Comparator;

/** A sampling stratum: the workers of one roster year at one employer. */
public record Stratum(int year, String employer) implements Comparable<Stratum> {

    private static final Comparator<Stratum> ORDER = Comparator.comparingInt(Stratum::year).thenComparing(Stratum::employer);

    @Override
    public int compareTo(Stratum other) {
        return ORDER.compare(this, other);
    }
}
