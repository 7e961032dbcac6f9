package cn.dalian.laborbrand.contracts.application;

import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;

/**
 * The unit handed its application in again after the district asked for a supplement (补充材料). Subject: the
 * application id.
 *
 * @param round         1 for the first resubmission, raised by each one
 * @param reopenedParts the parts the supplement request opened, the only ones that may differ
 * @param application   the whole application as resubmitted, as {@link ApplicationSubmitted} describes one
 */
public record ApplicationResubmitted(UUID applicationId, int round, Set<ApplicationPart> reopenedParts, ApplicationSubmitted application) {
}
