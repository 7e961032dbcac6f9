/**
 * Registration: a certified brand enters the registry with its certificate number. Owns the
 * {@code certificate_sequence} table; consumes {@code BrandCertified}, publishes {@code BrandRegistered}.
 */
@ApplicationModule(displayName = "品牌登记 registration")
package cn.dalian.laborbrand.registry.registration;

import org.springframework.modulith.ApplicationModule;
