package cn.dalian.laborbrand.review.casework;

/** A case as a queue lists it: the case and who works on it, read in one go. */
record QueuedCase(ReviewCase reviewCase, Assignment assignment) {
}
