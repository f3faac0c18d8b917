package org.ilo.coalition.graph.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.notification.NotificationStore;
import org.ilo.coalition.graph.notification.NotificationView;
import org.ilo.coalition.graph.notification.OutboxCursor;
import org.ilo.coalition.graph.paging.Records;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns committed notifications into e-mail delivery records ({@code (:MailDelivery)}, sent afterwards by the mail
 * sender): one per notification and user who chose {@link EmailMode#IMMEDIATE}, written with the move of the outbox
 * cursor so each is written exactly once, and one digest a day per user who chose {@link EmailMode#DAILY_DIGEST}
 * (docs/notifications.md, "E-mail"). What the mails say is the caller's: the api module knows the ids clients see.
 */
@Component
public class MailDispatch {

	/** The outbox cursor of the e-mail channel. */
	public static final String CHANNEL = "mail";

	private static final String IMMEDIATE = """
			UNWIND $mails AS mail
			MATCH (r:Reader {emailMode: 'IMMEDIATE'})
			WHERE r.audience IN mail.audiences AND r.email IS NOT NULL
			CREATE (d:MailDelivery {id: randomUUID(), kind: 'IMMEDIATE', username: r.username, to: r.email,
			                        subject: mail.subject, body: mail.body, notificationIds: [mail.notificationId],
			                        status: 'PENDING', attempts: 0, nextAttemptAt: $now, createdAt: datetime()})
			RETURN count(d)
			""";

	private static final String DIGEST_READERS = """
			MATCH (r:Reader {emailMode: 'DAILY_DIGEST'}) WHERE r.email IS NOT NULL
			RETURN r.username ORDER BY r.username
			""";

	// The reader's lock makes a second instance running the same digest wait, then find nothing new.
	private static final String LOCK_READER = """
			MATCH (r:Reader {username: $user})
			SET r.__lock = true REMOVE r.__lock
			RETURN r.emailMode AS mode, r.email AS email, r.audience AS audience, coalesce(r.digestSequence, 0) AS after
			""";

	private static final String DIGEST = """
			MATCH (r:Reader {username: $user})
			CREATE (d:MailDelivery {id: randomUUID(), kind: 'DIGEST', username: r.username, to: r.email,
			                        subject: $subject, body: $body, notificationIds: $ids,
			                        status: 'PENDING', attempts: 0, nextAttemptAt: $now, createdAt: datetime()})
			SET r.digestSequence = $last, r.digestSentAt = $now
			""";

	private final Neo4jClient client;

	private final OutboxCursor cursor;

	private final NotificationStore notifications;

	public MailDispatch(Neo4jClient client, OutboxCursor cursor, NotificationStore notifications) {
		this.client = client;
		this.cursor = cursor;
		this.notifications = notifications;
	}

	/** What one turn of {@link #immediate} did. */
	public record Dispatched(int notifications, long deliveries) {
	}

	/**
	 * Takes the next notifications of the outbox, at most {@code limit}, and writes a delivery due at {@code now} for
	 * every user with immediate e-mail in one of their audiences, in the transaction that moves the cursor past them.
	 */
	public Dispatched immediate(Instant now, int limit, Function<NotificationView, MailContent> compose) {
		long[] deliveries = { 0 };
		int taken = this.cursor.advance(CHANNEL, limit, (batch) -> {
			List<Map<String, Object>> mails = new ArrayList<>();
			for (NotificationView notification : batch) {
				MailContent content = compose.apply(notification);
				mails.add(Map.of("notificationId", notification.id(), "audiences", notification.audiences(), "subject",
						content.subject(), "body", content.body()));
			}
			deliveries[0] = this.client.query(IMMEDIATE).bindAll(Map.of("mails", mails, "now", at(now)))
				.fetchAs(Long.class).one().orElse(0L);
		});
		return new Dispatched(taken, deliveries[0]);
	}

	/** The users who chose a daily digest. */
	@Transactional(readOnly = true)
	public List<String> digestReaders() {
		return List.copyOf(this.client.query(DIGEST_READERS).fetchAs(String.class).all());
	}

	/**
	 * Writes the digest of {@code user} due at {@code now}: the notifications of its audience committed since its last
	 * digest (or since it chose the digest), oldest first, at most {@code limit} (the rest go into the next one).
	 * Writes nothing when there are none or the user no longer wants a digest. Returns whether it wrote one.
	 */
	@Transactional
	public boolean digest(String user, Instant now, int limit, Function<List<NotificationView>, MailContent> compose) {
		Optional<ReaderState> reader = this.client.query(LOCK_READER).bind(user).to("user").fetchAs(ReaderState.class)
			.mappedBy((types, record) -> new ReaderState(Records.string(record.get("mode")),
					Records.string(record.get("email")), Records.string(record.get("audience")),
					record.get("after").asLong()))
			.one();
		if (reader.isEmpty() || !EmailMode.DAILY_DIGEST.name().equals(reader.get().mode())
				|| reader.get().email() == null || reader.get().audience() == null) {
			return false;
		}
		List<NotificationView> since = this.notifications.after(new Audience(reader.get().audience()),
				reader.get().after(), limit);
		if (since.isEmpty()) {
			return false;
		}
		MailContent content = compose.apply(since);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("user", user);
		parameters.put("subject", content.subject());
		parameters.put("body", content.body());
		parameters.put("ids", since.stream().map(NotificationView::id).toList());
		parameters.put("last", since.get(since.size() - 1).seq());
		parameters.put("now", at(now));
		this.client.query(DIGEST).bindAll(parameters).run();
		return true;
	}

	private record ReaderState(String mode, String email, String audience, long after) {
	}

	// Stored as a date-time (not a string), like the times the database stamps.
	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
