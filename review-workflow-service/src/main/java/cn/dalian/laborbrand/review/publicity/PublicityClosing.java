package cn.dalian.laborbrand.review.publicity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Ends the notices whose last day has passed, as the days go by. */
@Component
class PublicityClosing {

    private static final Logger log = LoggerFactory.getLogger(PublicityClosing.class);

    private final PublicityService publicity;

    PublicityClosing(PublicityService publicity) {
        this.publicity = publicity;
    }

    @Scheduled(fixedDelayString = "${laborbrand.publicity.closing-check:1m}", initialDelayString = "${laborbrand.publicity.closing-check:1m}")
    void closeEndedNotices() {
        int closed = publicity.closeEndedNotices();
        if (closed > 0) {
            log.info("{} public notice(s) ended; their cases went to the city bureau", closed);
        }
    }
}
