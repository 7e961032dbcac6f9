package cn.dalian.laborbrand.review.exports;

import java.util.Optional;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.review.casework.ReviewerScope;

/**
 * Which district's cases a member of staff exports: a district bureau only its own (asking for another is refused, not
 * silently narrowed), the city bureau and the leading group office the district they ask for, or every district.
 *
 * @param district the one district exported, or empty for every district
 */
record ExportScope(Optional<String> district) {

    static ExportScope of(ReviewerScope reviewer, Optional<String> asked) {
        Optional<String> own = reviewer.district();
        if (own.isEmpty()) {
            return new ExportScope(asked);
        }
        if (asked.isPresent() && !asked.equals(own)) {
            throw new PlatformException(ExportProblem.OTHER_DISTRICT);
        }
        return new ExportScope(own);
    }

    /** The district of an export that is always one district's (the city submission package). */
    String requireDistrict() {
        return district.orElseThrow(() -> new PlatformException(ExportProblem.DISTRICT_REQUIRED));
    }
}
