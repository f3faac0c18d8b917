package org.ilo.coalition.api.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.ilo.coalition.api.test.Await;
import org.ilo.coalition.api.webhook.WebhookJobs;
import org.ilo.coalition.api.webhook.WebhookReceiver;
import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.notification.NotificationDraft;
import org.ilo.coalition.graph.notification.NotificationType;
import org.ilo.coalition.graph.notification.Notifications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opt-in benchmark (docs/benchmarks.md, "Issue 14"): time from a committed notification to the subscriber over
 * graphql-ws and to the feed, p50/p95 over 1,000 notifications, and how fast transactions that notify commit.
 * {@code mvn -pl api -am verify -Dit.test=NotificationLatencyBenchmarkIT -Dcoalition.notifications.benchmark=true}
 */
@EnabledIfSystemProperty(named = "coalition.notifications.benchmark", matches = "true")
class NotificationLatencyBenchmarkIT extends NotificationTestSupport {

	private static final int EVENTS = Integer.getInteger("coalition.notifications.benchmark.events", 1000);

	@Autowired
	Notifications notifications;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	WebhookJobs webhooks;

	@Test
	void measuresCommitToSubscriberAndFeedLatencyAndPublishThroughput() throws Exception {
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		WebhookReceiver receiver = WebhookReceiver.start(this.clock::instant);
		receiver.secret(asPartner(this.alpha).documentName("registerWebhook")
			.variable("input", Map.of("url", receiver.url())).execute().path("registerWebhook.secret")
			.entity(String.class).get());
		// The webhook jobs at their production interval (tests otherwise call them by hand).
		this.webhooks.run();
		java.util.concurrent.atomic.AtomicBoolean hooking = new java.util.concurrent.atomic.AtomicBoolean(true);
		Thread sender = new Thread(() -> {
			while (hooking.get()) {
				this.webhooks.run();
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sender.setDaemon(true);
		sender.start();
		Map<String, Instant> committedInstant = new ConcurrentHashMap<>();
		List<Map<String, Object>> received = subscribe(this.port, bearer("PARTNER", this.alpha, null));
		Await.until(() -> this.tail.subscribers() >= 1, "the subscriber listens");
		Map<String, Long> committedAt = new ConcurrentHashMap<>();
		Map<String, Long> receivedAt = new ConcurrentHashMap<>();
		AtomicReference<Integer> seen = new AtomicReference<>(0);
		Thread watcher = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				int size = received.size();
				for (int i = seen.get(); i < size; i++) {
					receivedAt.putIfAbsent((String) received.get(i).get("id"), System.nanoTime());
				}
				seen.set(size);
				Thread.onSpinWait();
			}
		});
		watcher.setDaemon(true);
		watcher.start();
		long[] feed = new long[EVENTS / 10];
		for (int i = 0; i < EVENTS; i++) {
			String id = transactions.execute((status) -> this.notifications.publish(draft("latency " + System.nanoTime())));
			long committed = System.nanoTime();
			committedAt.put(globalId(id), committed);
			committedInstant.put(globalId(id), Instant.now());
			if (i % 10 == 0) {
				// Visible in the feed: the first feed read after the commit that lists it.
				String newest;
				do {
					newest = asPartner(this.alpha).documentName("notifications").variable("first", 1).execute()
						.path("notifications.edges[0].node.id").entity(String.class).get();
				}
				while (!newest.equals(globalId(id)));
				feed[i / 10] = System.nanoTime() - committed;
			}
			Thread.sleep(5);
		}
		Await.until(() -> receivedAt.size() >= EVENTS, "every notification reached the subscriber");
		watcher.interrupt();
		Await.until(() -> receiver.deliveredIds().size() >= EVENTS, "every notification reached the webhook");
		hooking.set(false);
		sender.join();
		long[] hook = receiver.delivered().stream().filter((r) -> committedInstant.containsKey(r.eventId()))
			.mapToLong((r) -> Duration.between(committedInstant.get(r.eventId()), r.at()).toNanos()).toArray();
		System.out.printf("NOTIFICATIONS webhook latency over %d (jobs every 0.5 s): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
				hook.length, millis(hook, 0.50), millis(hook, 0.95), millis(hook, 1.0));
		assertThat(receiver.refused()).isEmpty();
		long[] live = committedAt.entrySet().stream().mapToLong((e) -> receivedAt.get(e.getKey()) - e.getValue()).toArray();
		System.out.printf("NOTIFICATIONS subscriber latency over %d: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", EVENTS,
				millis(live, 0.50), millis(live, 0.95), millis(live, 1.0));
		System.out.printf("NOTIFICATIONS feed latency over %d: p50 %.1f ms, p95 %.1f ms%n", feed.length,
				millis(feed, 0.50), millis(feed, 0.95));
		assertThat(live).hasSize(EVENTS);

		// Publish throughput: 4 threads, each notifying in its own transactions.
		int total = EVENTS * 5;
		ExecutorService pool = Executors.newFixedThreadPool(4);
		long started = System.nanoTime();
		List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			futures.add(pool.submit(() -> {
				for (int i = 0; i < total / 4; i++) {
					transactions.execute((status) -> this.notifications.publish(draft("throughput")));
				}
			}));
		}
		for (java.util.concurrent.Future<?> future : futures) {
			future.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		pool.awaitTermination(10, TimeUnit.SECONDS);
		System.out.printf("NOTIFICATIONS publish throughput: %d transactions in %.2f s = %.0f/s (4 threads)%n", total,
				seconds, total / seconds);
		Await.until(() -> received.size() >= EVENTS + total, "the tail delivered the burst");
		System.out.printf("NOTIFICATIONS tail delivered %d burst notifications to the subscriber%n", received.size() - EVENTS);
		// Outbox delivery throughput: the webhook channel through the burst (dispatch and send, one instance).
		long sending = System.nanoTime();
		int dispatched = 0;
		do {
			dispatched = this.webhooks.dispatch();
		}
		while (dispatched > 0);
		int sent;
		int totalSent = 0;
		do {
			sent = this.webhooks.send();
			totalSent += sent;
		}
		while (sent > 0);
		double sendSeconds = (System.nanoTime() - sending) / 1e9;
		System.out.printf("NOTIFICATIONS webhook outbox: %d deliveries dispatched and sent in %.2f s = %.0f/s"
				+ " (receiver: %d requests, %d distinct notifications)%n", totalSent, sendSeconds, totalSent / sendSeconds,
				receiver.received().size(), receiver.deliveredIds().size());
		receiver.close();
	}

	private NotificationDraft draft(String summary) {
		return new NotificationDraft(NotificationType.MATCH_CONFIRMED, "SupportRequest", this.request, summary,
				this.request, this.alpha, "KEN", List.of(Audience.partner(this.alpha)));
	}

	private static String globalId(String key) {
		return org.ilo.coalition.api.graphql.GlobalId.of("Notification", key);
	}

	private static double millis(long[] nanos, double quantile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

}
