package org.ilo.coalition.api.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.ilo.coalition.api.test.KenyanSuggestion;
import org.ilo.coalition.api.test.SmtpIntegrationTest;
import org.ilo.coalition.api.test.HttpGraphQl;
import org.ilo.coalition.api.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.api.graphql.GlobalId.of;

/**
 * Notifications by e-mail through a real SMTP server in the test JVM (GreenMail): immediate mail, daily digests,
 * retries with backoff on the test clock, and the preferences themselves. The jobs run when a test calls them.
 *
 * <p>The planted graph, as in {@code NotificationIT}: a Kenyan request, partners Alpha and Beta, a proposed suggestion
 * of Alpha's offer. Accepting it tells Alpha and Kenya ({@code CONSENT_REQUESTED}) and the coordination group.
 */
class MailNotificationIT extends SmtpIntegrationTest {

	@Autowired
	MailJobs mail;

	String alpha;

	String beta;

	String suggestion;

	@BeforeEach
	void proposedSuggestion() {
		KenyanSuggestion planted = KenyanSuggestion.plant(this.neo4jClient);
		this.alpha = planted.alpha();
		this.beta = planted.beta();
		this.suggestion = planted.suggestion();
		// The e-mail channel follows the outbox from here, as it does from its first turn after start-up.
		this.mail.dispatch();
	}

	@Test
	void aUserWithImmediateEmailGetsEachNotificationOfItsAudienceOnceWithItsIdInAHeader() throws Exception {
		GraphQlTester alice = user("alice", "PARTNER", this.alpha, null);
		choose(alice, "alice@alpha.example", "IMMEDIATE").path("setNotificationPreferences.emailMode")
			.entity(String.class).isEqualTo("IMMEDIATE");
		choose(user("olga", "PARTNER", this.alpha, null), "olga@alpha.example", "OFF");
		choose(user("carl", "PARTNER", this.beta, null), "carl@beta.example", "IMMEDIATE");

		accept();

		assertThat(this.mail.dispatch()).as("delivery records written").isEqualTo(1);
		assertThat(this.mail.sendDue()).as("mails the SMTP server took").isEqualTo(1);
		GraphQlTester.Response feed = alice.documentName("notifications").execute();
		String id = feed.path("notifications.edges[0].node.id").entity(String.class).get();
		String summary = feed.path("notifications.edges[0].node.summary").entity(String.class).get();
		assertThat(smtp.getReceivedMessages()).singleElement().satisfies((message) -> {
			assertThat(recipients(message)).containsExactly("alice@alpha.example");
			assertThat(message.getFrom()[0].toString()).isEqualTo("coalition@localhost");
			assertThat(message.getSubject()).isEqualTo("[Coalition] " + summary);
			assertThat(idsHeader(message)).containsExactly(id);
			assertThat(body(message)).contains(summary).contains(id).contains("CONSENT_REQUESTED");
		});

		assertThat(this.mail.dispatch()).as("nothing is dispatched twice").isZero();
		assertThat(this.mail.sendDue()).as("nothing is sent twice").isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(delivery()).containsEntry("status", "DELIVERED").containsEntry("attempts", 1L)
			.containsKey("sentAt");
	}

	@Test
	void aUserWithADailyDigestGetsOneMailListingItsNotificationsAndNoneWhenThereIsNothingNew() throws Exception {
		GraphQlTester dora = user("dora", "PARTNER", this.alpha, null);
		choose(dora, "dora@alpha.example", "DAILY_DIGEST");
		accept();
		// Chosen after the acceptance: Kenya's digest starts with what follows.
		choose(user("kim", "MEMBER_STATE", null, "KEN"), "kim@labour.go.example", "DAILY_DIGEST");
		decline();
		assertThat(this.mail.dispatch()).as("no immediate mail for digest readers").isZero();
		assertThat(this.mail.sendDue()).isZero();

		this.clock.advance(Duration.ofHours(20));
		assertThat(this.mail.createDigests()).isEqualTo(2);
		assertThat(this.mail.sendDue()).isEqualTo(2);

		GraphQlTester.Response feed = dora.documentName("notifications").execute();
		List<String> ids = feed.path("notifications.edges[*].node.id").entityList(String.class).get();
		List<String> summaries = feed.path("notifications.edges[*].node.summary").entityList(String.class).get();
		assertThat(ids).hasSize(2);
		MimeMessage toDora = receivedBy("dora@alpha.example");
		assertThat(toDora.getSubject()).isEqualTo("[Coalition] Your daily digest: 2 notifications");
		// The feed is newest first, the digest oldest first.
		assertThat(idsHeader(toDora)).containsExactly(ids.get(1), ids.get(0));
		assertThat(body(toDora)).contains("1. " + summaries.get(1)).contains("2. " + summaries.get(0));
		MimeMessage toKim = receivedBy("kim@labour.go.example");
		assertThat(toKim.getSubject()).isEqualTo("[Coalition] Your daily digest: 1 notification");
		assertThat(body(toKim)).contains("MATCH_DECLINED").doesNotContain("CONSENT_REQUESTED");

		this.clock.advance(Duration.ofDays(1));
		assertThat(this.mail.createDigests()).as("no digest without anything new").isZero();
		assertThat(this.mail.sendDue()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	@Test
	void aMailTheSmtpServerDoesNotTakeIsTriedAgainWithBackoffAndDeliveredOnceItIsBack() throws Exception {
		choose(user("alice", "PARTNER", this.alpha, null), "alice@alpha.example", "IMMEDIATE");
		smtp.stop();
		accept();
		assertThat(this.mail.dispatch()).isEqualTo(1);

		assertThat(this.mail.sendDue()).isZero();
		assertThat(delivery()).containsEntry("status", "PENDING").containsEntry("attempts", 1L)
			.hasEntrySatisfying("lastError", (error) -> assertThat((String) error).isNotBlank());
		assertThat(this.mail.sendDue()).isZero();
		assertThat(delivery()).as("not tried again before its backoff").containsEntry("attempts", 1L);

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.mail.sendDue()).isZero();
		assertThat(delivery()).containsEntry("attempts", 2L);

		smtp.start();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.mail.sendDue()).as("the second wait is twice the first").isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.mail.sendDue()).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).singleElement()
			.satisfies((message) -> assertThat(recipients(message)).containsExactly("alice@alpha.example"));
		assertThat(delivery()).containsEntry("status", "DELIVERED").containsEntry("attempts", 3L);
	}

	@Test
	void aMailThatKeepsFailingIsGivenUpAfterTheLastAttempt() {
		choose(user("alice", "PARTNER", this.alpha, null), "alice@alpha.example", "IMMEDIATE");
		smtp.stop();
		accept();
		this.mail.dispatch();
		for (int attempt = 1; attempt <= 6; attempt++) {
			assertThat(this.mail.sendDue()).isZero();
			assertThat(delivery()).containsEntry("attempts", (long) attempt);
			this.clock.advance(Duration.ofDays(1));
		}
		assertThat(delivery()).containsEntry("status", "FAILED");
		smtp.start();
		assertThat(this.mail.sendDue()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void sendersRunningAtOnceSendEachMailOnce() throws Exception {
		for (String name : List.of("alice", "bruno", "chloe", "dmitri", "emeka", "fatima")) {
			choose(user(name, "PARTNER", this.alpha, null), name + "@alpha.example", "IMMEDIATE");
		}
		accept();
		assertThat(this.mail.dispatch()).isEqualTo(6);

		ExecutorService senders = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> sent = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				sent.add(senders.submit(this.mail::sendDue));
			}
			int total = 0;
			for (Future<Integer> each : sent) {
				total += each.get();
			}
			assertThat(total).isEqualTo(6);
		}
		finally {
			senders.shutdownNow();
		}
		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailNotificationIT::recipients).flatMap(List::stream))
			.hasSize(6).doesNotHaveDuplicates();
	}

	@Test
	void preferencesAreTheSignedInUsersOwnAndTheAddressIsChecked() {
		GraphQlTester alice = user("alice", "PARTNER", this.alpha, null);
		alice.documentName("notificationPreferences").execute()
			.path("notificationPreferences.emailMode").entity(String.class).isEqualTo("OFF")
			.path("notificationPreferences.email").valueIsNull();

		expectBadRequest(alice, Map.of("email", "not an address", "mode", "IMMEDIATE"));
		expectBadRequest(alice, Map.of("email", "alice@", "mode", "DAILY_DIGEST"));
		expectBadRequest(alice, Map.of("mode", "IMMEDIATE"));
		expectBadRequest(alice, Map.of("email", "  ", "mode", "DAILY_DIGEST"));
		choose(alice, " alice@alpha.example ", "IMMEDIATE").path("setNotificationPreferences.email").entity(String.class)
			.isEqualTo("alice@alpha.example");
		alice.documentName("notificationPreferences").execute()
			.path("notificationPreferences.emailMode").entity(String.class).isEqualTo("IMMEDIATE");
		user("bruno", "PARTNER", this.alpha, null).documentName("notificationPreferences").execute()
			.path("notificationPreferences.emailMode").entity(String.class).isEqualTo("OFF");
		alice.documentName("setNotificationPreferences").variable("input", Map.of("mode", "OFF")).execute()
			.path("setNotificationPreferences.emailMode").entity(String.class).isEqualTo("OFF")
			.path("setNotificationPreferences.email").valueIsNull();

		anonymous().documentName("notificationPreferences").execute().errors()
			.expect((e) -> "UNAUTHORIZED".equals(e.getErrorType().toString())).verify()
			.path("notificationPreferences").valueIsNull();
		anonymous().documentName("setNotificationPreferences")
			.variable("input", Map.of("email", "x@y.example", "mode", "IMMEDIATE")).execute().errors()
			.expect((e) -> "UNAUTHORIZED".equals(e.getErrorType().toString())).verify();
		assertThat(this.neo4jClient.query("MATCH (r:Reader) WHERE r.email = 'x@y.example' RETURN count(r)")
			.fetchAs(Long.class).one()).contains(0L);
	}

	private GraphQlTester user(String name, String role, String partner, String country) {
		return HttpGraphQl.tester(this.port, "Bearer " + Tokens.token(name, role, partner, country));
	}

	private static GraphQlTester.Response choose(GraphQlTester user, String email, String mode) {
		return user.documentName("setNotificationPreferences").variable("input", Map.of("email", email, "mode", mode))
			.execute();
	}

	private static void expectBadRequest(GraphQlTester user, Map<String, Object> input) {
		user.documentName("setNotificationPreferences").variable("input", input).execute().errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString()) && e.getMessage().contains("'input.email'"))
			.verify();
	}

	private void accept() {
		asCoordinator().documentName("reviewSuggestion").variable("id", this.suggestion).variable("decision", "ACCEPT")
			.execute().path("reviewSuggestion.status").entity(String.class).isEqualTo("ACCEPTED");
	}

	private void decline() {
		int version = asCoordinator().documentName("matchDetails").variable("id", this.suggestion).execute()
			.path("node.version").entity(Integer.class).get();
		asMemberState("KEN").documentName("answerMatch").variable("id", this.suggestion).variable("version", version)
			.variable("answer", "DECLINE").variable("reason", "Not now").execute()
			.path("answerMatch.matchStatus").entity(String.class).isEqualTo("DECLINED");
	}

	/** The one delivery record's properties. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> delivery() {
		return (Map<String, Object>) this.neo4jClient.query("MATCH (d:MailDelivery) RETURN properties(d) AS d").fetch()
			.one().orElseThrow().get("d");
	}

	private static MimeMessage receivedBy(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((m) -> recipients(m).contains(address)).findFirst()
			.orElseThrow(() -> new AssertionError("No mail to " + address));
	}

	private static List<String> recipients(MimeMessage message) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> idsHeader(MimeMessage message) throws MessagingException {
		String header = message.getHeader(MailComposer.IDS_HEADER, null);
		assertThat(header).as(MailComposer.IDS_HEADER).isNotNull();
		return Arrays.stream(MimeUtility.unfold(header).split(",")).map(String::strip).toList();
	}

	private static String body(MimeMessage message) throws MessagingException {
		try {
			return (String) message.getContent();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}


}
