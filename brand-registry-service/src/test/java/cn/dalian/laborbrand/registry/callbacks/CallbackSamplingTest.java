package cn.dalian.laborbrand.registry.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** Phone call-back sampling (DOMAIN.md, Process 4: 定期电话回访): reproducible, stratified by year and employer. */
class CallbackSamplingTest {

    /** 大连金港家政服务师劳务品牌 of 大连金港人力资源服务有限公司 (甘井子区 210211). */
    private static final UUID BRAND = UUID.fromString("3b1f6c2e-8a4d-4e7f-b9a1-0c2d3e4f5a61");
    private static final SamplingQuarter Q3_2026 = new SamplingQuarter(2026, 3);
    /** The campaign's setting: min(30, 5 % of the workers). */
    private static final SampleSize MIN_30_OR_5_PERCENT = new SampleSize(30, new BigDecimal("0.05"));
    private static final String PORT = "大连港集团有限公司";
    private static final String HOTEL = "大连香格里拉大饭店有限公司";
    private static final String SHIPYARD = "大连船舶重工集团有限公司";

    private static List<WorkerRecord> workers(int year, String employer, int count) {
        String prefix = Integer.toHexString(employer.hashCode() & 0xfff);
        return IntStream.rangeClosed(1, count).mapToObj(n -> new WorkerRecord("wk-" + year + "-" + prefix + "-" + n, year, employer)).toList();
    }

    private static List<WorkerRecord> roster(List<List<WorkerRecord>> strata) {
        return strata.stream().flatMap(List::stream).toList();
    }

    /** 400 workers: 2021 港集团 200, 2021 香格里拉 100, 2022 港集团 100. */
    private static final List<WorkerRecord> ROSTER_400 = roster(List.of(workers(2021, PORT, 200), workers(2021, HOTEL, 100),
            workers(2022, PORT, 100)));

    private static Map<Stratum, Long> drawnPerStratum(CallbackSample sample) {
        return sample.workers().stream().collect(Collectors.groupingBy(WorkerRecord::stratum, Collectors.counting()));
    }

    @Test
    void theSampleSizeIsTheCampaignsShareRoundedUpButNeverAboveItsMaximumNorTheRoster() {
        assertThat(MIN_30_OR_5_PERCENT.of(1000)).isEqualTo(30);
        assertThat(MIN_30_OR_5_PERCENT.of(400)).isEqualTo(20);
        assertThat(MIN_30_OR_5_PERCENT.of(101)).isEqualTo(6);
        assertThat(MIN_30_OR_5_PERCENT.of(7)).isEqualTo(1);
        assertThat(MIN_30_OR_5_PERCENT.of(0)).isZero();
        assertThat(new SampleSize(50, BigDecimal.ONE).of(12)).isEqualTo(12);
    }

    @Test
    void aSampleSizeWithoutAPositiveShareUpToAllOrWithoutAMaximumIsRefused() {
        assertThatThrownBy(() -> new SampleSize(0, new BigDecimal("0.05")))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(CallbackProblem.SAMPLE_SIZE_INVALID));
        assertThatThrownBy(() -> new SampleSize(30, new BigDecimal("1.5")))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(CallbackProblem.SAMPLE_SIZE_INVALID));
        assertThatThrownBy(() -> new SampleSize(30, BigDecimal.ZERO))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(CallbackProblem.SAMPLE_SIZE_INVALID));
    }

    @Test
    void theSameRosterBrandAndQuarterAlwaysGiveTheSameSampleWhateverTheRostersOrder() {
        // given the roster as imported, and the same roster in another order
        List<WorkerRecord> shuffled = new ArrayList<>(ROSTER_400);
        Collections.shuffle(shuffled, new Random(20260930L));

        // when the third quarter of 2026 is drawn from each
        CallbackSample first = CallbackSampling.draw(BRAND, Q3_2026, ROSTER_400, MIN_30_OR_5_PERCENT);
        CallbackSample again = CallbackSampling.draw(BRAND, Q3_2026, shuffled, MIN_30_OR_5_PERCENT);

        // then both draw the same 20 workers in the same order, from the documented seed
        assertThat(first.workers()).hasSize(20).isEqualTo(again.workers());
        assertThat(first.seed()).isEqualTo("3b1f6c2e-8a4d-4e7f-b9a1-0c2d3e4f5a61/2026-Q3");
    }

    @Test
    void anotherQuarterOrAnotherBrandDrawsAnotherSample() {
        CallbackSample q3 = CallbackSampling.draw(BRAND, Q3_2026, ROSTER_400, MIN_30_OR_5_PERCENT);
        CallbackSample q4 = CallbackSampling.draw(BRAND, new SamplingQuarter(2026, 4), ROSTER_400, MIN_30_OR_5_PERCENT);
        CallbackSample nextYearQ3 = CallbackSampling.draw(BRAND, new SamplingQuarter(2027, 3), ROSTER_400, MIN_30_OR_5_PERCENT);
        CallbackSample otherBrand = CallbackSampling.draw(UUID.fromString("9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4"), Q3_2026, ROSTER_400,
                MIN_30_OR_5_PERCENT);

        assertThat(q4.workers()).hasSize(20).isNotEqualTo(q3.workers());
        assertThat(nextYearQ3.workers()).isNotEqualTo(q3.workers());
        assertThat(otherBrand.workers()).isNotEqualTo(q3.workers());
        // and the strata still get their shares each time
        assertThat(drawnPerStratum(q4)).isEqualTo(drawnPerStratum(q3));
    }

    @Test
    void theSampleIsSplitAcrossYearAndEmployerInProportionToTheirWorkers() {
        // given 2021 港集团 200, 2021 香格里拉 100, 2022 港集团 100 and a sample of 20
        CallbackSample sample = CallbackSampling.draw(BRAND, Q3_2026, ROSTER_400, MIN_30_OR_5_PERCENT);

        // then 10, 5 and 5 are drawn, each from its own stratum
        assertThat(sample.allocation()).containsExactlyInAnyOrderEntriesOf(Map.of(
                new Stratum(2021, PORT), 10, new Stratum(2021, HOTEL), 5, new Stratum(2022, PORT), 5));
        assertThat(drawnPerStratum(sample)).containsExactlyInAnyOrderEntriesOf(Map.of(
                new Stratum(2021, PORT), 10L, new Stratum(2021, HOTEL), 5L, new Stratum(2022, PORT), 5L));
        assertThat(sample.workers()).doesNotHaveDuplicates();
    }

    @Test
    void aSmallStratumStillGetsOneWorkerWhenTheSampleSizeAllowsIt() {
        // given 300 at 港集团, 60 at 香格里拉 and 2 at 船舶重工 in 2022: a sample of ⌈5 % of 362⌉ = 19
        List<WorkerRecord> roster = roster(List.of(workers(2022, PORT, 300), workers(2022, HOTEL, 60), workers(2022, SHIPYARD, 2)));

        CallbackSample sample = CallbackSampling.draw(BRAND, Q3_2026, roster, MIN_30_OR_5_PERCENT);

        // then 船舶重工 (exact share 0.1) gets one; 港集团 15 and 香格里拉 3 keep their whole shares
        assertThat(sample.allocation()).containsExactlyInAnyOrderEntriesOf(Map.of(
                new Stratum(2022, PORT), 15, new Stratum(2022, HOTEL), 3, new Stratum(2022, SHIPYARD), 1));
        assertThat(sample.workers()).hasSize(19);
    }

    @Test
    void theMinimumOfOnePerStratumIsTakenFromTheLargestStratumWhenTheSizeIsTight() {
        // given 100 at 港集团 and five employers with one worker each: a sample of ⌈5 % of 105⌉ = 6
        List<WorkerRecord> roster = new ArrayList<>(workers(2021, PORT, 100));
        List.of("大连金石滩酒店有限公司", "大连圣亚海洋世界股份有限公司", "大连万达商业管理集团有限公司", "大连长兴岛港口有限公司", "大连瓦轴集团有限公司")
                .forEach(employer -> roster.addAll(workers(2021, employer, 1)));

        CallbackSample sample = CallbackSampling.draw(BRAND, Q3_2026, roster, MIN_30_OR_5_PERCENT);

        // then every stratum gets exactly one
        assertThat(sample.allocation()).hasSize(6).allSatisfy((stratum, count) -> assertThat(count).isEqualTo(1));
    }

    @Test
    void whenTheSampleIsSmallerThanTheNumberOfStrataTheLargestStrataGetOneEach() {
        // given 50, 30 and 3 workers and a sample of at most 2
        List<WorkerRecord> roster = roster(List.of(workers(2021, HOTEL, 30), workers(2021, SHIPYARD, 3), workers(2022, PORT, 50)));

        CallbackSample sample = CallbackSampling.draw(BRAND, Q3_2026, roster, new SampleSize(2, new BigDecimal("0.05")));

        assertThat(sample.allocation()).containsExactlyInAnyOrderEntriesOf(Map.of(new Stratum(2022, PORT), 1, new Stratum(2021, HOTEL), 1));
    }

    @Test
    void anEmptyRosterGivesAnEmptySample() {
        assertThat(CallbackSampling.draw(BRAND, Q3_2026, List.of(), MIN_30_OR_5_PERCENT).workers()).isEmpty();
    }

    @Test
    void aWorkerListedTwiceIsRefusedSoNobodyIsCalledTwice() {
        List<WorkerRecord> roster = List.of(new WorkerRecord("wk-7f3a", 2021, PORT), new WorkerRecord("wk-7f3a", 2022, HOTEL));

        assertThatThrownBy(() -> CallbackSampling.draw(BRAND, Q3_2026, roster, MIN_30_OR_5_PERCENT))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(CallbackProblem.DUPLICATE_WORKER));
    }

    @Test
    void aWorkerWithoutEmployerIsRefused() {
        assertThatThrownBy(() -> CallbackSampling.draw(BRAND, Q3_2026, List.of(new WorkerRecord("wk-7f3a", 2021, " ")), MIN_30_OR_5_PERCENT))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(CallbackProblem.WORKER_INCOMPLETE));
    }

    @Test
    void aFifthQuarterIsRefused() {
        assertThatThrownBy(() -> new SamplingQuarter(2026, 5))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(CallbackProblem.QUARTER_INVALID));
    }
}
