package cn.dalian.laborbrand.application.roster;

import java.util.List;
import java.util.UUID;

/**
 * The workers of a roster that others count too (the same ID number, matched by its HMAC): how many distinct workers,
 * and which applications — another of the campaign that was handed in, or one whose brand was certified — with how
 * many each. Never who they are.
 */
public record SharedWorkers(int sharedWorkers, List<Application> applications) {

    /** Another application that counts some of the same workers. */
    public record Application(UUID applicationId, String unitName, String brandName, String district, String campaign, String status,
            boolean certified, int sharedWorkers) {
    }
}
