package org.ilo.coalition.api.webhook;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The outbox's promise under the harshest stop: the packaged application, started as its own process on an embedded
 * database in a temporary directory, commits notifications while the webhook's receiver is down, is killed with
 * SIGKILL ({@code kill -9}: no shutdown hook, no flush), and started again on the same directory with the receiver up.
 * Every notification committed before the kill, as the feed listed it just before, reaches the receiver, signed,
 * at least once.
 *
 * <p>Needs the executable jar that {@code package} builds before the integration tests (the failsafe configuration
 * passes its path as {@code coalition.test.jar}); skipped without it.
 */
class WebhookCrashIT {

	private static final int NOTIFICATIONS = 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final String SECRETARIAT = basic("secretariat");

	private static final String COORDINATOR = basic("coordinator");

	private final List<Process> processes = new ArrayList<>();

	@AfterEach
	void stopApplications() throws InterruptedException {
		for (Process process : this.processes) {
			if (process.isAlive()) {
				process.destroy();
				if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		}
	}

	@Test
	void everyNotificationCommittedBeforeAKill9IsDeliveredAfterTheRestart(@TempDir Path data) throws Exception {
		Path jar = Path.of(System.getProperty("coalition.test.jar", "target/api-0.1.0-SNAPSHOT.jar"));
		assumeTrue(Files.isRegularFile(jar), "The packaged application " + jar.toAbsolutePath()
				+ " is missing: run `mvn verify` (package builds it before the integration tests)");
		try (WebhookReceiver receiver = WebhookReceiver.start(Instant::now)) {
			receiver.answer(503);
			int port = freePort();
			Instant started = Instant.now();
			// A turn every 5 s: the second half is made and the process killed, most likely, before the next turn.
			Process first = start(jar, data, port, "first", "PT5S");
			awaitReady(port, first);
			Duration firstStart = Duration.between(started, Instant.now());

			JsonNode registration = graphQl(port, SECRETARIAT, """
					mutation($url: String!) { registerWebhook(input: {url: $url}) { secret webhook { id } } }""",
					Map.of("url", receiver.url()));
			receiver.secret(registration.path("registerWebhook").path("secret").asString());
			// Half the decisions, until each has been tried (and refused) at least once: deliveries pending at the
			// kill. Then the other half and the kill at once: notifications the sender has probably not taken on yet.
			for (int i = 1; i <= NOTIFICATIONS; i++) {
				admitApplicant(port, i);
				if (i == NOTIFICATIONS / 2) {
					await(() -> receiver.received().stream().map(WebhookReceiver.Received::eventId).distinct()
						.count() >= NOTIFICATIONS / 2, Duration.ofSeconds(60), () -> "the first half was attempted");
				}
			}
			Set<String> committed = new HashSet<>();
			graphQl(port, SECRETARIAT, "{ notifications(first: 100) { edges { node { id type } } } }", Map.of())
				.path("notifications").path("edges")
				.forEach((edge) -> committed.add(edge.path("node").path("id").asString()));
			int attemptsBeforeKill = receiver.received().size();

			first.destroyForcibly();
			assertThat(first.waitFor()).as("exit status of a process killed by SIGKILL").isEqualTo(128 + 9);
			Instant killed = Instant.now();
			Set<String> attemptedBeforeKill = new HashSet<>();
			receiver.received().forEach((r) -> attemptedBeforeKill.add(r.eventId()));
			assertThat(committed).hasSize(NOTIFICATIONS);
			assertThat(receiver.delivered()).as("nothing delivered while the receiver was down").isEmpty();

			receiver.answer(200);
			Process second = start(jar, data, port, "second", "PT0.2S");
			awaitReady(port, second);
			Duration restart = Duration.between(killed, Instant.now());
			await(() -> receiver.deliveredIds().containsAll(committed), Duration.ofSeconds(60),
					() -> "every committed notification delivered; missing "
							+ committed.stream().filter((id) -> !receiver.deliveredIds().contains(id)).toList());
			Duration allDelivered = Duration.between(killed, Instant.now());

			assertThat(receiver.refused()).as("requests with a bad signature").isEmpty();
			assertThat(receiver.deliveredIds()).containsAll(committed);
			// One delivery record per notification, whatever the kill interrupted; each ends DELIVERED.
			String webhook = registration.path("registerWebhook").path("webhook").path("id").asString();
			await(() -> deliveredInLog(port, webhook) == NOTIFICATIONS, Duration.ofSeconds(30),
					() -> "the log shows every delivery DELIVERED");
			JsonNode log = graphQl(port, SECRETARIAT, """
					query($id: ID!) { webhookDeliveries(webhookId: $id, first: 100) { totalCount edges { node { notificationId } } } }""",
					Map.of("id", webhook)).path("webhookDeliveries");
			assertThat(log.path("totalCount").asInt()).isEqualTo(NOTIFICATIONS);
			Set<String> logged = new HashSet<>();
			log.path("edges").forEach((edge) -> logged.add(edge.path("node").path("notificationId").asString()));
			assertThat(logged).isEqualTo(committed);
			long duplicates = receiver.delivered().size() - receiver.deliveredIds().size();
			System.out.printf("WebhookCrashIT: first start %d ms; %d notifications committed, %d of them attempted "
					+ "(%d requests answered 503) before the kill; restart to ready %d ms, kill to all delivered %d ms; "
					+ "%d duplicate deliveries%n", firstStart.toMillis(), committed.size(),
					committed.stream().filter(attemptedBeforeKill::contains).count(), attemptsBeforeKill,
					restart.toMillis(), allDelivered.toMillis(), duplicates);
		}
	}

	private static void admitApplicant(int port, int i) throws IOException, InterruptedException {
		String partner = graphQl(port, null, """
				mutation($input: MembershipApplicationInput!) { applyForMembership(input: $input) { id } }""",
				Map.of("input", Map.of("name", "Crash Test Applicant " + i, "kind", "NGO", "country", "KEN", "languages",
						List.of("en"), "contactEmail", "applicant" + i + "@example.org")))
			.path("applyForMembership").path("id").asString();
		graphQl(port, COORDINATOR, """
				mutation($id: ID!) { decideMembership(partnerId: $id, decision: ADMIT) { membershipStatus } }""",
				Map.of("id", partner));
	}

	private static long deliveredInLog(int port, String webhook) {
		try {
			JsonNode edges = graphQl(port, SECRETARIAT, """
					query($id: ID!) { webhookDeliveries(webhookId: $id, first: 100) { edges { node { status } } } }""",
					Map.of("id", webhook)).path("webhookDeliveries").path("edges");
			long delivered = 0;
			for (JsonNode edge : edges) {
				delivered += "DELIVERED".equals(edge.path("node").path("status").asString()) ? 1 : 0;
			}
			return delivered;
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private Process start(Path jar, Path data, int port, String name, String interval) throws IOException {
		Path log = jar.toAbsolutePath().getParent().resolve("webhook-crash-" + name + ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// C1 only: a quicker start-up on a busy machine, and nothing here runs long enough for C2 to pay off.
		Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port,
				"--coalition.neo4j.embedded.data-directory=" + data.resolve("neo4j"),
				"--coalition.demo-data.enabled=false", "--coalition.security.demo-accounts=true",
				// Short turns and backoff, so the test is quick; a claim that outlives a killed sender expires in 20 s.
				"--coalition.webhooks.interval=" + interval, "--coalition.webhooks.retry-base=PT1S",
				"--coalition.webhooks.max-attempts=50", "--coalition.webhooks.claim-timeout=PT20S",
				"--coalition.webhooks.connect-timeout=PT2S", "--coalition.webhooks.request-timeout=PT5S")
			.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		this.processes.add(process);
		return process;
	}

	private static void awaitReady(int port, Process process) {
		await(() -> {
			assertThat(process.isAlive()).as("the application is running (see target/webhook-crash-*.log)").isTrue();
			try {
				return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}, Duration.ofSeconds(120), () -> "the application on port " + port + " is ready");
	}

	private static JsonNode graphQl(int port, String authorization, String document, Map<String, Object> variables)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", variables))));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		JsonNode answer = JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
		assertThat(answer.path("errors").isMissingNode()).as("errors of %s: %s", document, answer.path("errors")).isTrue();
		return answer.path("data");
	}

	private static void await(BooleanSupplier condition, Duration timeout, java.util.function.Supplier<String> what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting until " + what.get());
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

}
