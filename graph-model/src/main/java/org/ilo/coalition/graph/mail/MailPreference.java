package org.ilo.coalition.graph.mail;

/**
 * A user's e-mail preference (the schema's {@code NotificationPreferences}).
 *
 * @param email where e-mail goes, {@code null} when none was given
 */
public record MailPreference(String email, EmailMode emailMode) {

	/** What a user who never chose has. */
	public static final MailPreference NONE = new MailPreference(null, EmailMode.OFF);

}
