/**
 * The worker roster (吸纳或有组织输出务工人员明细): its import from CSV or XLSX, row by row validation, the counting rules
 * of 认定标准 that turn it into each year's counts, workers' personal data kept encrypted and masked (every full read
 * by staff recorded), and the workers another application or a certified brand counts too. Owns the {@code roster_*}
 * and {@code certified_application} tables; answers intake's {@code SubmittedRoster}.
 */
@ApplicationModule(displayName = "务工人员花名册 roster")
package cn.dalian.laborbrand.application.roster;

import org.springframework.modulith.ApplicationModule;
