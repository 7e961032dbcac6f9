/**
 * Call-backs (定期电话回访): each quarter a reproducible, stratified sample of a brand's workers to phone, and the
 * summary of the outcomes per brand. Plain rules for now; the roster and the campaign's sample size are passed in.
 */
@ApplicationModule(displayName = "电话回访 callbacks")
package cn.dalian.laborbrand.registry.callbacks;

import org.springframework.modulith.ApplicationModule;
