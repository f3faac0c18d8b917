package org.ilo.coalition.api.mail;

import java.util.Map;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code spring.mail.host} (the default, and every test context but {@code MailNotificationIT}'s) nothing
 * sends mail, and users still keep their preferences for when a server is configured.
 */
class MailOffByDefaultIT extends ApiIntegrationTest {

	@Autowired
	ObjectProvider<MailJobs> jobs;

	@Autowired
	ObjectProvider<JavaMailSender> sender;

	@Test
	void noMailIsSentWithoutAnSmtpServerButPreferencesAreKept() {
		assertThat(this.jobs.getIfAvailable()).isNull();
		assertThat(this.sender.getIfAvailable()).isNull();
		asCoordinator().documentName("setNotificationPreferences")
			.variable("input", Map.of("email", "coordination@ilo.example", "mode", "IMMEDIATE")).execute()
			.path("setNotificationPreferences.emailMode").entity(String.class).isEqualTo("IMMEDIATE");
		asCoordinator().documentName("notificationPreferences").execute()
			.path("notificationPreferences.email").entity(String.class).isEqualTo("coordination@ilo.example");
	}

}
