package cn.dalian.laborbrand.review.casework;

import java.time.Instant;

/** The named reviewer working on a case (承办人), and since when. */
public record Assignment(String assignee, Instant assignedAt) {
}
