/**
 * Supervision: the district bureau's training-quality inspections (培训质量督查) of its brands, recorded per brand
 * ({@code training_inspection}); read by the city. Reads brands through {@code BrandService}.
 */
@ApplicationModule(displayName = "培训质量督查 supervision")
package cn.dalian.laborbrand.registry.supervision;

import org.springframework.modulith.ApplicationModule;
