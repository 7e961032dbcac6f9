/**
 * Rectification (限期整改): an order with the notice's reasons and a deadline in working days, the holder's
 * answer with evidence, the reviewer's acceptance, extension or rejection, reminders and overdue. Plain rules
 * for now; the working-day calendar is reached through the {@link WorkingDays} port.
 */
@ApplicationModule(displayName = "限期整改 rectification")
package cn.dalian.laborbrand.registry.rectification;

import org.springframework.modulith.ApplicationModule;
