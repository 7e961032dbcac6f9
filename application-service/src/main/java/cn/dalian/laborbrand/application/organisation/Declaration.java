package cn.dalian.laborbrand.application.organisation;

import java.time.Instant;

/** A declaration the unit made: who affirmed it, and when. */
public record Declaration(DeclarationKind kind, String declaredBy, Instant declaredAt) {
}
