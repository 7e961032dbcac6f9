/**
 * Call-backs (定期电话回访): each quarter a reproducible, stratified sample of a brand's counted roster workers to phone,
 * drawn once and kept with its call list ({@code callback_sample}, {@code callback_call}); numbers shown masked and
 * revealed one call at a time with a reason ({@code callback_reveal}, and application-service's own record); the outcomes
 * and their summary per brand and quarter. The roster is read through the {@link RosterWorkers} port.
 */
@ApplicationModule(displayName = "电话回访 callbacks")
package cn.dalian.laborbrand.registry.callbacks;

import org.springframework.modulith.ApplicationModule;
