package cn.dalian.laborbrand.review.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public notice (公示) anyone may read without signing in. */
@RestController
class PublicNoticeController {

    /** Notice windows are calendar days in Dalian. */
    static final ZoneId DALIAN = ZoneId.of("Asia/Shanghai");

    private final NoticeRepository notices;
    private final Clock clock;

    PublicNoticeController(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @GetMapping("/api/public/notices")
    @Transactional(readOnly = true)
    public List<PublicNotice> openNotices() {
        return notices.findOpenOn(LocalDate.now(clock.withZone(DALIAN)));
    }
}
