package org.ilo.coalition.api.mail;

import java.security.Principal;

import org.ilo.coalition.api.notification.NotificationController;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.mail.MailPreference;
import org.ilo.coalition.graph.mail.MailPreferences;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The signed-in user's own e-mail preferences (docs/notifications.md, "E-mail"). */
@Controller
public class NotificationPreferencesController {

	private static final String SIGNED_IN = "hasAnyRole('PARTNER', 'MEMBER_STATE', 'COORDINATION_GROUP', 'SECRETARIAT')";

	private final MailPreferences preferences;

	public NotificationPreferencesController(MailPreferences preferences) {
		this.preferences = preferences;
	}

	@QueryMapping
	@PreAuthorize(SIGNED_IN)
	public MailPreference notificationPreferences(@Nullable Principal principal) {
		return this.preferences.find(Callers.of(principal).username());
	}

	@MutationMapping
	@PreAuthorize(SIGNED_IN)
	public MailPreference setNotificationPreferences(@Argument NotificationPreferencesInput input,
			@Nullable Principal principal) {
		Caller caller = Callers.of(principal);
		// The audience of now: the mail follows what the user acts for when it chose, like its feed does.
		return this.preferences.save(caller.username(), NotificationController.audience(caller), input.validate());
	}

}
