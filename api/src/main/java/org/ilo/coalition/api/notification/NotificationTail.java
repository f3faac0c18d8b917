package org.ilo.coalition.api.notification;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.ilo.coalition.graph.notification.NotificationStore;
import org.ilo.coalition.graph.notification.NotificationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Follows the committed notifications in sequence order and hands them to this instance's live subscribers. Every
 * instance tails the graph itself, so a notification written by one instance reaches subscribers connected to any
 * other, with no broker (docs/notifications.md). Sequence numbers are handed out in commit order, so reading "after
 * the last one seen" never skips one.
 */
@Component
public class NotificationTail {

	private static final Logger log = LoggerFactory.getLogger(NotificationTail.class);

	private static final int BATCH = 500;

	private final NotificationStore store;

	private final Sinks.Many<NotificationView> sink = Sinks.many().multicast().directBestEffort();

	private final AtomicLong last = new AtomicLong(-1);

	private final AtomicInteger listeners = new AtomicInteger();

	NotificationTail(NotificationStore store, MeterRegistry meters) {
		this.store = store;
		Gauge.builder("coalition.notifications.subscribers", this, NotificationTail::subscribers)
			.description("Live notification subscribers connected to this instance")
			.register(meters);
	}

	/** How many live subscribers this instance has (a gauge, and how tests know a subscription is listening). */
	public int subscribers() {
		return this.sink.currentSubscriberCount();
	}

	/** Notifications committed from now on (from the moment of subscribing), on any instance. */
	public Flux<NotificationView> stream() {
		return Flux.defer(() -> {
			// Counted before it is attached, so that a turn in between does not stop the tail; the tail starts once it
			// is attached to the sink, so it misses nothing committed after that.
			this.listeners.incrementAndGet();
			return this.sink.asFlux().doOnSubscribe((subscription) -> start())
				.doFinally((signal) -> this.listeners.decrementAndGet());
		});
	}

	// The first subscriber since nobody listened sets where the tail starts: what is committed from now on.
	private synchronized void start() {
		if (this.last.get() < 0) {
			this.last.set(this.store.last());
		}
	}

	/**
	 * Reads what was committed since the last turn and emits it; returns how many were emitted. Reads nothing while
	 * nobody listens on this instance, so an idle instance puts no load on the database.
	 */
	@Scheduled(fixedDelayString = "${coalition.notifications.poll-interval:PT0.2S}")
	public synchronized int poll() {
		if (this.listeners.get() == 0) {
			this.last.set(-1);
			return 0;
		}
		if (this.last.get() < 0) {
			this.last.set(this.store.last());
			return 0;
		}
		long current = this.store.last();
		if (current < this.last.get()) {
			// The sequence went back (a restored backup): follow it from where it stands.
			log.warn("Notification sequence went back from {} to {}", this.last.get(), current);
			this.last.set(current);
			return 0;
		}
		int emitted = 0;
		List<NotificationView> batch;
		do {
			batch = this.store.after(this.last.get(), BATCH);
			for (NotificationView notification : batch) {
				this.sink.tryEmitNext(notification);
				this.last.set(notification.seq());
				emitted++;
			}
		}
		while (batch.size() == BATCH);
		return emitted;
	}

}
