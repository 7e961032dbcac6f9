package cn.dalian.laborbrand.gateway.requestsize;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

/** A request body that turned out larger than its path allows while it streamed in (sent without a length). */
class BodyTooLargeException extends ResponseStatusException {

    BodyTooLargeException(DataSize limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "request body over " + limit);
    }
}
