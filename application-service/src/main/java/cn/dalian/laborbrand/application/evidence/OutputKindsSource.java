package cn.dalian.laborbrand.application.evidence;

import java.util.UUID;

/**
 * Where the checklist learns an application's {@link OutputKinds}: the roster import implements it as a bean. Until
 * one exists, every application counts as {@link OutputKinds#NONE} (the output agreements and out-of-province
 * proofs are then asked for but not mandatory).
 */
@FunctionalInterface
public interface OutputKindsSource {

    OutputKindsSource NONE = applicationId -> OutputKinds.NONE;

    OutputKinds outputKindsOf(UUID applicationId);
}
