package cn.dalian.laborbrand.registry.callbacks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * Draws a quarter's call-back sample (定期电话回访) from a brand's roster. The algorithm, so anyone can redo a draw:
 * <ol>
 * <li>Seed: the text {@code <brand id>/<year>-Q<quarter>}, e.g. {@code 3b1f6c2e-…/2026-Q3}.</li>
 * <li>Size: {@link SampleSize#of} the roster's size.</li>
 * <li>Strata: the workers grouped by (roster year, employer). Allocation proportional to the strata's sizes with at
 * least one per stratum when the size allows it: each stratum gets ⌊size·N<sub>h</sub>/N⌋ but at least 1 and at most
 * N<sub>h</sub>; while that is too many, the stratum furthest above its exact share (and above 1) gives one back;
 * while too few, the stratum furthest below its exact share (and not full) takes one; ties go to the earlier stratum
 * (year, then employer). When the size is smaller than the number of strata, the largest strata get one each, ties
 * broken by the stratum's key.</li>
 * <li>Within a stratum: workers ordered by their key, the first 8 bytes of SHA-256(seed + "\n" + worker id) read as an
 * unsigned number (worker id on a tie); the first ones are drawn. A stratum's key is SHA-256(seed + "\n" + year + "\n" + employer).</li>
 * </ol>
 * The same roster (in any order), brand and quarter always give the same sample; another quarter, another order.
 */
public final class CallbackSampling {

    private CallbackSampling() {
    }

    public static String seedOf(UUID brandId, SamplingQuarter quarter) {
        return brandId + "/" + quarter;
    }

    public static CallbackSample draw(UUID brandId, SamplingQuarter quarter, List<WorkerRecord> roster, SampleSize sampleSize) {
        String seed = seedOf(brandId, quarter);
        Map<Stratum, List<WorkerRecord>> strata = strataOf(roster);
        int size = sampleSize.of(roster.size());
        Map<Stratum, Integer> allocation = allocate(strata, size, seed);
        List<WorkerRecord> drawn = new ArrayList<>();
        allocation.forEach((stratum, count) -> strata.get(stratum).stream()
                .sorted(Comparator.<WorkerRecord, Long>comparing(worker -> key(seed, worker.workerId()), Long::compareUnsigned)
                        .thenComparing(WorkerRecord::workerId))
                .limit(count)
                .forEach(drawn::add));
        return new CallbackSample(brandId, quarter, seed, allocation, drawn);
    }

    private static Map<Stratum, List<WorkerRecord>> strataOf(List<WorkerRecord> roster) {
        Set<String> seen = new HashSet<>();
        Map<Stratum, List<WorkerRecord>> strata = new TreeMap<>();
        for (WorkerRecord worker : roster) {
            if (worker.workerId() == null || worker.workerId().isBlank() || worker.employer() == null || worker.employer().isBlank()
                    || worker.year() < 1) {
                throw new PlatformException(CallbackProblem.WORKER_INCOMPLETE);
            }
            if (!seen.add(worker.workerId())) {
                throw new PlatformException(CallbackProblem.DUPLICATE_WORKER).with("workerId", worker.workerId());
            }
            strata.computeIfAbsent(worker.stratum(), any -> new ArrayList<>()).add(worker);
        }
        return strata;
    }

    /** How many to draw per stratum, in stratum order (see the class comment). */
    private static Map<Stratum, Integer> allocate(Map<Stratum, List<WorkerRecord>> strata, int size, String seed) {
        Map<Stratum, Integer> allocation = new LinkedHashMap<>();
        if (size == 0) {
            return allocation;
        }
        if (size < strata.size()) {
            strata.keySet().stream()
                    .sorted(Comparator.<Stratum>comparingInt(stratum -> -strata.get(stratum).size())
                            .thenComparing(stratum -> key(seed, stratum.year() + "\n" + stratum.employer()), Long::compareUnsigned))
                    .limit(size)
                    .sorted()
                    .forEach(stratum -> allocation.put(stratum, 1));
            return allocation;
        }
        long total = strata.values().stream().mapToLong(List::size).sum();
        List<Stratum> order = List.copyOf(strata.keySet());
        int allocated = 0;
        for (Stratum stratum : order) {
            int available = strata.get(stratum).size();
            int quota = Math.min(available, Math.max(1, (int) (size * (long) available / total)));
            allocation.put(stratum, quota);
            allocated += quota;
        }
        // The distance from the exact share size·Nh/N, in units of 1/N: quota·N − size·Nh.
        while (allocated > size) {
            Stratum giving = order.stream().filter(stratum -> allocation.get(stratum) > 1)
                    .max(Comparator.<Stratum>comparingLong(stratum -> allocation.get(stratum) * total - (long) size * strata.get(stratum).size())
                            .thenComparing(Comparator.<Stratum>reverseOrder()))
                    .orElseThrow();
            allocation.merge(giving, -1, Integer::sum);
            allocated--;
        }
        while (allocated < size) {
            Stratum taking = order.stream().filter(stratum -> allocation.get(stratum) < strata.get(stratum).size())
                    .max(Comparator.<Stratum>comparingLong(stratum -> (long) size * strata.get(stratum).size() - allocation.get(stratum) * total)
                            .thenComparing(Comparator.<Stratum>reverseOrder()))
                    .orElseThrow();
            allocation.merge(taking, 1, Integer::sum);
            allocated++;
        }
        return allocation;
    }

    /** The first 8 bytes of SHA-256(seed + "\n" + value), as a number to order by (compared unsigned). */
    private static long key(String seed, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((seed + "\n" + value).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
