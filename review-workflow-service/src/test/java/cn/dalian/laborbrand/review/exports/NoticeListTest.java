package cn.dalian.laborbrand.review.exports;

import static cn.dalian.laborbrand.review.exports.ExportSamples.NAMES;
import static cn.dalian.laborbrand.review.exports.ExportSamples.NOV_24;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.publicity.NoticePeriod;

/** What the notice list (公示名单) shows: given cases and their notices, when the list is drawn up, then its lines. */
class NoticeListTest {

    private static final LocalDate NOV_21 = LocalDate.of(2022, 11, 21);
    private static final LocalDate NOV_25 = LocalDate.of(2022, 11, 25);

    @Test
    void aBrandUnderNoticeShowsWhatTheNoticeShowsAndThatItRunsToday() {
        ReviewCase jingang = ExportSamples.jingang(ReviewStage.PUBLICITY);

        NoticeList list = NoticeList.of("2022", Optional.of("210211"), List.of(jingang),
                Map.of(jingang.id(), new NoticePeriod(jingang.id(), NOV_21, NOV_25)), NAMES, NOV_24);

        assertThat(list.title()).isEqualTo("2022年度劳务品牌公示名单");
        assertThat(list.subtitle()).isEqualTo("甘井子区 · 截至2022年11月24日");
        assertThat(list.fileName("xlsx")).isEqualTo("公示名单-2022-甘井子区.xlsx");
        assertThat(list.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.number()).isEqualTo(1);
            assertThat(entry.brandName()).isEqualTo("大连甘井子金港家政服务师劳务品牌");
            assertThat(entry.cityBrandName()).isEqualTo("大连金港家政服务师劳务品牌");
            assertThat(entry.unitName()).isEqualTo("大连金港人力资源服务有限公司");
            assertThat(entry.levels()).isEqualTo("区级，推荐市级");
            assertThat(entry.district()).isEqualTo("甘井子区");
            assertThat(entry.period()).isEqualTo("2022-11-21 至 2022-11-25");
            assertThat(entry.status()).isEqualTo("公示中");
        });
    }

    @Test
    void aNoticeWhoseLastDayPassedIsEndedAndOneForwardedSaysSo() {
        ReviewCase waiting = ExportSamples.jingang(ReviewStage.PUBLICITY);
        ReviewCase forwarded = ExportSamples.haiwan(ReviewStage.CITY_REVIEW);
        Map<java.util.UUID, NoticePeriod> periods = Map.of(waiting.id(), new NoticePeriod(waiting.id(), NOV_21, NOV_25),
                forwarded.id(), new NoticePeriod(forwarded.id(), NOV_21, NOV_25));

        NoticeList list = NoticeList.of("2022", Optional.empty(), List.of(waiting, forwarded), periods, NAMES, LocalDate.of(2022, 11, 28));

        assertThat(list.place()).isEqualTo("全市");
        assertThat(list.entries()).extracting(NoticeList.Entry::district, NoticeList.Entry::status, NoticeList.Entry::levels)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("甘井子区", "公示期满", "区级，推荐市级"),
                        org.assertj.core.groups.Tuple.tuple("金州区", "已报送市级", "区级"));
        assertThat(list.entries().get(1).cityBrandName()).isNull();
    }

    @Test
    void aCaseWithoutANoticeIsNotOnTheList() {
        ReviewCase jingang = ExportSamples.jingang(ReviewStage.PUBLICITY);

        NoticeList list = NoticeList.of("2022", Optional.of("210211"), List.of(jingang), Map.of(), NAMES, NOV_24);

        assertThat(list.entries()).isEmpty();
    }

    @Test
    void aDistrictWhoseNameIsUnknownIsShownByItsCode() {
        ReviewCase jingang = ExportSamples.jingang(ReviewStage.PUBLICITY);

        NoticeList list = NoticeList.of("2022", Optional.of("210211"), List.of(jingang),
                Map.of(jingang.id(), new NoticePeriod(jingang.id(), NOV_21, NOV_25)), DistrictNames.unknown(), NOV_24);

        assertThat(list.place()).isEqualTo("210211");
        assertThat(list.entries().getFirst().district()).isEqualTo("210211");
    }
}
