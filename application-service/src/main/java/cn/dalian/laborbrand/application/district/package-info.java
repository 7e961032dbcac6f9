/**
 * Districts: Dalian's districts, counties and cities and its pilot zones, as administrator data. Where a unit may be
 * registered, which bureau reviews its applications, and the place names brand names use. Owns the {@code district}
 * table.
 */
@ApplicationModule(displayName = "区市县与先导区 districts")
package cn.dalian.laborbrand.application.district;

import org.springframework.modulith.ApplicationModule;
