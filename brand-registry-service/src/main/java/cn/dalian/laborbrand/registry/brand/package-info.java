/**
 * Brand: the certified brands for their whole life, the public list and each person's view within their
 * scope. Owns the {@code brand} table; other features read and add brands through {@link BrandService}.
 */
@ApplicationModule(displayName = "品牌库 brand")
package cn.dalian.laborbrand.registry.brand;

import org.springframework.modulith.ApplicationModule;
