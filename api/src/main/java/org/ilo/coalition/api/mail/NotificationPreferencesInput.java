package org.ilo.coalition.api.mail;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.graph.mail.EmailMode;
import org.ilo.coalition.graph.mail.MailPreference;

/** The schema's {@code NotificationPreferencesInput}. */
public record NotificationPreferencesInput(String email, EmailMode mode) {

	MailPreference validate() {
		if (this.mode == null) {
			throw new BadRequestException("input.mode", "is required");
		}
		boolean off = this.mode == EmailMode.OFF;
		if (!off && Inputs.optional("input.email", this.email, 254) == null) {
			throw new BadRequestException("input.email", "is required unless mode is OFF");
		}
		return new MailPreference(Inputs.email("input.email", this.email, !off), this.mode);
	}

}
