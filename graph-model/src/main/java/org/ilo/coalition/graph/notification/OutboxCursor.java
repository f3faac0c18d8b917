package org.ilo.coalition.graph.notification;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a channel that delivers outside the application (e-mail, webhooks) follows the outbox: one cursor node per
 * channel holds the number of the last notification the channel has taken on. {@link #advance} locks the cursor, hands
 * the next notifications to the channel and moves the cursor past them in one transaction, so what the channel writes
 * for them (its delivery records) is written exactly once, whichever instance runs it and whatever crashes when
 * (docs/notifications.md, "Channels").
 */
@Component
public class OutboxCursor {

	private static final String LOCK = """
			MERGE (c:__OutboxCursor {channel: $channel})
			ON CREATE SET c.seq = $start
			SET c.__lock = true REMOVE c.__lock
			RETURN c.seq AS seq
			""";

	private static final String BEHIND = """
			OPTIONAL MATCH (c:__OutboxCursor {channel: $channel})
			OPTIONAL MATCH (s:__NotificationSequence {id: 'notifications'})
			RETURN c IS NULL OR coalesce(s.value, 0) > c.seq
			""";

	private static final String MOVE = "MATCH (c:__OutboxCursor {channel: $channel}) SET c.seq = $seq, c.movedAt = datetime()";

	private final Neo4jClient client;

	private final NotificationStore store;

	public OutboxCursor(Neo4jClient client, NotificationStore store) {
		this.client = client;
		this.store = store;
	}

	/**
	 * Whether {@link #advance} has anything to do for {@code channel} (or the channel has never run). A read: channels
	 * poll, and every committed write transaction, even one that changed nothing, makes the read caches start afresh
	 * ({@code GraphChanges}), so an idle outbox must cost no write.
	 */
	@Transactional(readOnly = true)
	public boolean isBehind(String channel) {
		return this.client.query(BEHIND).bind(channel).to("channel").fetchAs(Boolean.class).one().orElse(true);
	}

	/**
	 * Hands {@code channel} the notifications committed after its cursor, at most {@code limit}, oldest first, and moves
	 * the cursor past them, all in one transaction with what {@code handler} writes. A channel that has never run starts
	 * after the last notification committed so far (it does not replay the past). Returns how many were handed over.
	 */
	@Transactional
	public int advance(String channel, int limit, Consumer<List<NotificationView>> handler) {
		long after = this.client.query(LOCK).bindAll(Map.of("channel", channel, "start", this.store.last()))
			.fetchAs(Long.class).one().orElseThrow();
		List<NotificationView> next = this.store.after(after, limit);
		if (next.isEmpty()) {
			return 0;
		}
		handler.accept(next);
		this.client.query(MOVE).bindAll(Map.of("channel", channel, "seq", next.get(next.size() - 1).seq())).run();
		return next.size();
	}

}
