/**
 * Naming: the naming rule (命名规则) of 大就办发〔2022〕9号 for a proposed labour-brand name. It reads the name as its
 * parts (大连, the district or pilot zone, the unit's trade name, the industry and occupation, 劳务品牌) and answers, in
 * Chinese, which part is missing or misplaced against the pattern of the brand level and the kind of unit. Plain
 * Java: it owns no table, publishes no event and takes the Dalian place names as data from its caller.
 */
@ApplicationModule(displayName = "命名规则 naming")
package cn.dalian.laborbrand.application.naming;

import org.springframework.modulith.ApplicationModule;
