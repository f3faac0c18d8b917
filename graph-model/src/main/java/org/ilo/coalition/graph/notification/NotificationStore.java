package org.ilo.coalition.graph.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.paging.ResultPage;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads notifications: a user's feed with its read state, and the committed stream in sequence order that each
 * instance tails for its live subscribers; marks them read.
 */
@Component
public class NotificationStore {

	/** The ordering name that feed cursors carry. */
	public static final String ORDERING = "notification";

	private static final String PROJECTION = """
			n {.id, .seq, .type, .at, .summary, .subjectType, .subjectId, .requestId, .partnerId, .country, .audiences, $$read}""";

	// Unread: after the reader's "all read up to" mark and not marked one by one.
	private static final String UNREAD = "NOT (n.seq <= readUpTo OR EXISTS { (n)<-[:READ]-(:Reader {username: $user}) })";

	private static final String FEED = """
			OPTIONAL MATCH (reader:Reader {username: $user})
			WITH coalesce(reader.readUpTo, 0) AS readUpTo
			CALL (readUpTo) {
			  MATCH (:Audience {key: $audience})<-[:FOR]-(n:Notification)
			  WHERE $$unread
			  RETURN count(n) AS unread
			}
			CALL (readUpTo) {
			  MATCH (:Audience {key: $audience})<-[:FOR]-(n:Notification)
			  WHERE ($unreadOnly = false OR $$unread)
			  RETURN count(n) AS total
			}
			CALL (readUpTo) {
			  MATCH (:Audience {key: $audience})<-[:FOR]-(n:Notification)
			  WHERE ($unreadOnly = false OR $$unread) AND ($afterSeq IS NULL OR n.seq < $afterSeq)
			  WITH n, readUpTo ORDER BY n.seq DESC LIMIT $limit
			  RETURN collect($$projection) AS page
			}
			RETURN unread, total, page
			""".replace("$$projection", PROJECTION.replace("$$read", "read: NOT ($$unread)")).replace("$$unread", UNREAD);

	private static final String UNREAD_COUNT = """
			OPTIONAL MATCH (reader:Reader {username: $user})
			WITH coalesce(reader.readUpTo, 0) AS readUpTo
			MATCH (:Audience {key: $audience})<-[:FOR]-(n:Notification)
			WHERE $$unread
			RETURN count(n) AS unread
			""".replace("$$unread", UNREAD);

	private static final String MARK_ALL = """
			MERGE (reader:Reader {username: $user})
			WITH reader
			OPTIONAL MATCH (s:__NotificationSequence {id: 'notifications'})
			SET reader.readUpTo = coalesce(s.value, 0)
			WITH reader
			OPTIONAL MATCH (reader)-[r:READ]->()
			DELETE r
			""";

	private static final String MARK = """
			MERGE (reader:Reader {username: $user})
			WITH reader
			UNWIND $ids AS id
			MATCH (:Audience {key: $audience})<-[:FOR]-(n:Notification {id: id})
			WHERE n.seq > coalesce(reader.readUpTo, 0)
			MERGE (reader)-[:READ]->(n)
			""";

	private static final String AFTER = """
			MATCH (n:Notification) WHERE n.seq > $after
			WITH n ORDER BY n.seq LIMIT $limit
			RETURN $$projection AS row
			""".replace("$$projection", PROJECTION.replace("$$read", "read: false"));

	private static final String AUDIENCE_AFTER = """
			MATCH (:Audience {key: $audience})<-[:FOR]-(n:Notification) WHERE n.seq > $after
			WITH n ORDER BY n.seq LIMIT $limit
			RETURN $$projection AS row
			""".replace("$$projection", PROJECTION.replace("$$read", "read: false"));

	private static final String LAST = "OPTIONAL MATCH (s:__NotificationSequence {id: 'notifications'}) RETURN coalesce(s.value, 0)";

	private final Neo4jClient client;

	public NotificationStore(Neo4jClient client) {
		this.client = client;
	}

	/** A page of one user's feed, newest first, with the user's unread count. */
	public record Feed(ResultPage<NotificationView> page, long unreadCount) {
	}

	/**
	 * The notifications of {@code audience} as {@code user} reads them, newest first, after the one numbered
	 * {@code afterSeq} ({@code null} for the first page).
	 */
	@Transactional(readOnly = true)
	public Feed feed(String user, Audience audience, boolean unreadOnly, int first, Long afterSeq) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("user", user);
		parameters.put("audience", audience.key());
		parameters.put("unreadOnly", unreadOnly);
		parameters.put("afterSeq", afterSeq);
		parameters.put("limit", first + 1);
		return this.client.query(FEED).bindAll(parameters).fetchAs(Feed.class)
			.mappedBy((types, record) -> new Feed(ResultPage.ofLookahead(
					record.get("page").asList(NotificationStore::toView), first, record.get("total").asLong()),
					record.get("unread").asLong()))
			.one().orElseThrow();
	}

	/**
	 * Marks notifications of {@code audience} read for {@code user}: those with the given ids (others are ignored), or
	 * all when {@code ids} is {@code null}. Returns the user's unread count afterwards.
	 */
	@Transactional
	public long markRead(String user, Audience audience, List<String> ids) {
		if (ids == null) {
			this.client.query(MARK_ALL).bind(user).to("user").run();
		}
		else {
			this.client.query(MARK).bindAll(Map.of("user", user, "audience", audience.key(), "ids", ids)).run();
		}
		return this.client.query(UNREAD_COUNT).bindAll(Map.of("user", user, "audience", audience.key()))
			.fetchAs(Long.class).one().orElse(0L);
	}

	/** Committed notifications numbered after {@code seq}, in order, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<NotificationView> after(long seq, int limit) {
		return List.copyOf(this.client.query(AFTER).bindAll(Map.of("after", seq, "limit", limit))
			.fetchAs(NotificationView.class).mappedBy((types, record) -> toView(record.get("row"))).all());
	}

	/**
	 * Committed notifications of {@code audience} numbered after {@code seq}, in order, at most {@code limit} (what a
	 * channel that collects them, such as the e-mail digest, has not taken yet).
	 */
	@Transactional(readOnly = true)
	public List<NotificationView> after(Audience audience, long seq, int limit) {
		return List.copyOf(this.client.query(AUDIENCE_AFTER)
			.bindAll(Map.of("audience", audience.key(), "after", seq, "limit", limit))
			.fetchAs(NotificationView.class).mappedBy((types, record) -> toView(record.get("row"))).all());
	}

	/** The number of the last committed notification (0 when there is none). */
	@Transactional(readOnly = true)
	public long last() {
		return this.client.query(LAST).fetchAs(Long.class).one().orElse(0L);
	}

	static NotificationView toView(Value n) {
		return new NotificationView(n.get("id").asString(), n.get("seq").asLong(),
				NotificationType.valueOf(n.get("type").asString()), Records.dateTime(n.get("at")),
				n.get("summary").asString(), Records.string(n.get("subjectType")), Records.string(n.get("subjectId")),
				Records.string(n.get("requestId")), Records.string(n.get("partnerId")), Records.string(n.get("country")),
				Records.strings(n.get("audiences")), n.get("read").asBoolean(false));
	}

}
