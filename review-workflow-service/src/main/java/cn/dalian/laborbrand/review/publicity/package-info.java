/**
 * Publicity: the public notice (公示) a district publishes for the brands it selected: its dates (today or a later
 * working day, within the campaign's forwarding deadline), its generated text and list, and its closing once the last
 * day has passed and nothing holds a case back ({@link cn.dalian.laborbrand.review.publicity.ForwardingHold}). Owns the
 * {@code public_notice}, {@code notice_entry} and {@code notice_issuer} tables; its steps publish {@code PublicityStarted}
 * and {@code PublicityEnded} through casework.
 */
@ApplicationModule(displayName = "公示 publicity")
package cn.dalian.laborbrand.review.publicity;

import org.springframework.modulith.ApplicationModule;
