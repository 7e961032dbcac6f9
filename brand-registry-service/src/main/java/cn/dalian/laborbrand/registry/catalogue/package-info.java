/**
 * Catalogue: the industries of 国民经济行业分类 (GB/T 4754-2017, sections and divisions, shipped as data) and the city's
 * industry guidance catalogue (分行业劳务品牌建设指导目录) brands are classified against. Owns the {@code catalogue_entry}
 * table; other features check a classification through {@link cn.dalian.laborbrand.registry.catalogue.CatalogueService}.
 */
@ApplicationModule(displayName = "行业指导目录 catalogue")
package cn.dalian.laborbrand.registry.catalogue;

import org.springframework.modulith.ApplicationModule;
