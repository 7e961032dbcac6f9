package cn.dalian.laborbrand.review.objection;

import java.time.Instant;

/** What the district found out while investigating an objection: a call, a visit, a document seen. */
public record InvestigationNote(String note, String author, Instant at) {
}
