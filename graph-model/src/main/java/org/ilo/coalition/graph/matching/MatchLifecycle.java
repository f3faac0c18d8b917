package org.ilo.coalition.graph.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.command.InvalidInputException;
import org.ilo.coalition.graph.command.NodeLocks;
import org.ilo.coalition.graph.command.NodeLocks.Lockable;
import org.ilo.coalition.graph.command.NodeLocks.Locked;
import org.ilo.coalition.graph.command.RetryOnTransientError;
import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.notification.NotificationType;
import org.ilo.coalition.graph.request.RequestStatuses;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a match after the coordination group accepted it: both parties' consent, expiry, retraction, and
 * the re-matching that an ended match queues (docs/matching.md, "After the review"). Each transition is one
 * transaction with its audit event; a transition from the wrong state is a CONFLICT naming the current one.
 */
@Component
public class MatchLifecycle {

	/** Who starts re-matching runs, as the audit trail and {@code MatchRun.createdBy} show it. */
	public static final Actor REMATCHING = new Actor("system (re-matching)", Actor.SYSTEM.role());

	private static final String TYPE = "MatchSuggestion";

	private static final String FACTS = """
			MATCH (m:MatchSuggestion {id: $id})-[:FOR_REQUEST]->(q:SupportRequest), (m)-[:FROM_PARTNER]->(p:Partner)
			RETURN q.id AS request, p.id AS partner, m.partnerAnswer AS partnerAnswer,
			       m.memberStateAnswer AS memberStateAnswer
			""";

	private static final String CHANGE = """
			MATCH (m:MatchSuggestion {id: $id})
			SET m += $changes, m.version = coalesce(m.version, 0) + 1
			""";

	// An ended match gives its offer back (amount and slot) and queues a re-matching of its request, which starts once
	// no match of the request has ended for the delay (a debounce: several ends in a row make one run).
	private static final String RELEASE = """
			MATCH (m:MatchSuggestion {id: $id})-[:FOR_REQUEST]->(q:SupportRequest)
			REMOVE m:ActiveMatch
			SET m.heldAmount = 0.0
			WITH q WHERE NOT q.status IN ['WITHDRAWN', 'DELIVERED']
			SET q.rematchDue = datetime($due)
			""";

	private static final String DUE_FOR_EXPIRY = """
			MATCH (m:ActiveMatch)
			WHERE m.matchStatus = 'AWAITING_CONSENT' AND m.consentDeadline <= datetime($now)
			RETURN m.id AS id ORDER BY m.consentDeadline, m.id LIMIT $limit
			""";

	private static final String DUE_FOR_REMINDER = """
			MATCH (m:ActiveMatch)
			WHERE m.matchStatus = 'AWAITING_CONSENT' AND m.consentDeadline <= datetime($until) AND m.remindedAt IS NULL
			RETURN m.id AS id ORDER BY m.consentDeadline, m.id LIMIT $limit
			""";

	private static final String DUE_FOR_REMATCH = """
			MATCH (q:SupportRequest) WHERE q.rematchDue <= datetime($now)
			RETURN q.id AS id ORDER BY q.id LIMIT $limit
			""";

	// Only markers that are still due: a match that ended since pushed its request's marker back.
	private static final String CLEAR_REMATCH = """
			UNWIND $ids AS id
			MATCH (q:SupportRequest {id: id}) WHERE q.rematchDue <= datetime($now)
			REMOVE q.rematchDue
			""";

	// A match closed early during delivery (delivery.MatchDelivery) queues a re-matching the way RELEASE does; it keeps
	// what was delivered, so it does not go through RELEASE.
	private static final String QUEUE_REMATCH = """
			MATCH (q:SupportRequest {id: $request}) WHERE NOT q.status IN ['WITHDRAWN', 'DELIVERED']
			SET q.rematchDue = datetime($due)
			""";

	private final Neo4jClient client;

	private final NodeLocks locks;

	private final AuditLog audit;

	private final RequestStatuses requestStatuses;

	private final MatchSuggestionStore suggestions;

	private final MatchNotices notices;

	private final Clock clock;

	private final Duration rematchDelay;

	public MatchLifecycle(Neo4jClient client, NodeLocks locks, AuditLog audit, RequestStatuses requestStatuses,
			MatchSuggestionStore suggestions, MatchNotices notices, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${coalition.match.rematch-delay:PT1M}") Duration rematchDelay) {
		this.client = client;
		this.locks = locks;
		this.audit = audit;
		this.requestStatuses = requestStatuses;
		this.suggestions = suggestions;
		this.notices = notices;
		this.clock = clock;
		this.rematchDelay = rematchDelay;
	}

	/**
	 * Records one party's answer. Both confirmed: the match is CONFIRMED. Either declined: it is DECLINED, gives its
	 * offer back, keeps the partner out of later suggestions for the request, and queues a re-matching.
	 * @throws org.ilo.coalition.graph.command.NotFoundException when there is no such match
	 * @throws ConflictException when the version is stale, the match is not awaiting consent, or this party answered
	 * @throws InvalidInputException when a decline has no reason
	 */
	@Transactional
	@RetryOnTransientError
	public MatchSuggestionView answer(Actor actor, ConsentParty party, String id, long expectedVersion,
			ConsentAnswer answer, String reason) {
		Locked match = lock(id, expectedVersion);
		requireStatus(match, Set.of(MatchStatus.AWAITING_CONSENT), "take consent answers");
		if (answer == ConsentAnswer.DECLINE && (reason == null || reason.isBlank())) {
			throw new InvalidInputException("reason", "is required to decline a match");
		}
		Value facts = facts(id);
		ConsentParty other = party == ConsentParty.PARTNER ? ConsentParty.MEMBER_STATE : ConsentParty.PARTNER;
		Value given = facts.get(party.property() + "Answer");
		if (!given.isNull()) {
			throw new ConflictException("id", "The " + describe(party) + " already answered " + given.asString()
					+ " to match '" + id + "'");
		}
		Instant now = this.clock.instant();
		Map<String, Object> changes = new HashMap<>();
		changes.put(party.property() + "Answer", answer.name());
		changes.put(party.property() + "AnsweredAt", at(now));
		changes.put(party.property() + "AnsweredBy", actor.username());
		changes.put(party.property() + "Reason", reason);
		MatchStatus after = MatchStatus.AWAITING_CONSENT;
		if (answer == ConsentAnswer.DECLINE) {
			after = MatchStatus.DECLINED;
		}
		else if (ConsentAnswer.CONFIRM.name().equals(facts.get(other.property() + "Answer").asString(null))) {
			after = MatchStatus.CONFIRMED;
			changes.put("confirmedAt", at(now));
		}
		String request = facts.get("request").asString();
		String partner = facts.get("partner").asString();
		change(id, after, changes, actor, now, answer == ConsentAnswer.DECLINE ? reason : null);
		this.audit.record(actor, answer == ConsentAnswer.CONFIRM ? AuditAction.MATCH_CONSENT_CONFIRMED
				: AuditAction.MATCH_CONSENT_DECLINED, TYPE, id, match.status(), after.name(), "the " + describe(party)
				+ (answer == ConsentAnswer.CONFIRM ? " confirmed" : " declined") + " partner " + partner
				+ " for request " + request);
		if (after == MatchStatus.CONFIRMED) {
			this.audit.record(actor, AuditAction.MATCH_CONFIRMED, TYPE, id, match.status(), after.name(),
					"both parties confirmed partner " + partner + " for request " + request);
		}
		if (after == MatchStatus.DECLINED) {
			release(id, now);
		}
		this.requestStatuses.refresh(List.of(request));
		MatchNotices.Facts notice = this.notices.facts(id);
		if (after == MatchStatus.CONFIRMED) {
			this.notices.tell(notice, NotificationType.MATCH_CONFIRMED, "Both parties confirmed " + notice.pair()
					+ ".", MatchNotices.partner(notice), MatchNotices.memberState(notice), Audience.COORDINATION_GROUP);
		}
		else if (after == MatchStatus.DECLINED) {
			this.notices.tell(notice, NotificationType.MATCH_DECLINED, "The " + describe(party) + " declined "
					+ notice.pair() + ": " + reason + ". A new matching of the request is queued.",
					MatchNotices.partner(notice), MatchNotices.memberState(notice), Audience.COORDINATION_GROUP);
		}
		return view(id);
	}

	/**
	 * The coordination group takes back an accepted or confirmed match: it gives its offer back and queues a
	 * re-matching (the partner may be suggested again).
	 */
	@Transactional
	@RetryOnTransientError
	public MatchSuggestionView retract(Actor actor, String id, long expectedVersion, String reason) {
		Locked match = lock(id, expectedVersion);
		requireStatus(match, Set.of(MatchStatus.AWAITING_CONSENT, MatchStatus.CONFIRMED), "be retracted");
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "is required to retract a match");
		}
		Value facts = facts(id);
		Instant now = this.clock.instant();
		change(id, MatchStatus.RETRACTED, new HashMap<>(), actor, now, reason);
		this.audit.record(actor, AuditAction.MATCH_RETRACTED, TYPE, id, match.status(), MatchStatus.RETRACTED.name(),
				"retracted partner " + facts.get("partner").asString() + " for request " + facts.get("request").asString());
		release(id, now);
		this.requestStatuses.refresh(List.of(facts.get("request").asString()));
		MatchNotices.Facts notice = this.notices.facts(id);
		this.notices.tell(notice, NotificationType.MATCH_RETRACTED, "The coordination group retracted "
				+ notice.pair() + ": " + reason, MatchNotices.partner(notice), MatchNotices.memberState(notice));
		return view(id);
	}

	/** Matches still awaiting consent whose deadline has passed at {@code now}, oldest deadline first. */
	@Transactional(readOnly = true)
	public List<String> dueForExpiry(Instant now, int limit) {
		return List.copyOf(this.client.query(DUE_FOR_EXPIRY).bindAll(Map.of("now", now.toString(), "limit", limit))
			.fetchAs(String.class).all());
	}

	/**
	 * Expires a match nobody fully answered before its deadline; an expiry counts as a decline. Does nothing (and
	 * returns {@code false}) when the match was answered or ended meanwhile, or its deadline is not past at {@code now}.
	 */
	@Transactional
	@RetryOnTransientError
	public boolean expire(String id, Instant now) {
		Locked match = this.locks.lockExisting(Lockable.MATCH, id, "id", "match");
		if (!MatchStatus.AWAITING_CONSENT.name().equals(match.status()) || !deadlineBy(id, now, false)) {
			return false;
		}
		Value facts = facts(id);
		change(id, MatchStatus.EXPIRED, new HashMap<>(), Actor.SYSTEM, now, "no answer from "
				+ unanswered(facts) + " within the consent window");
		this.audit.record(Actor.SYSTEM, AuditAction.MATCH_EXPIRED, TYPE, id, match.status(), MatchStatus.EXPIRED.name(),
				"partner " + facts.get("partner").asString() + " for request " + facts.get("request").asString()
						+ ": no answer from " + unanswered(facts) + " by the deadline");
		release(id, now);
		this.requestStatuses.refresh(List.of(facts.get("request").asString()));
		MatchNotices.Facts notice = this.notices.facts(id);
		this.notices.tell(notice, NotificationType.MATCH_EXPIRED, notice.pair() + " expired: no answer from "
				+ unanswered(facts) + " by " + MatchNotices.date(notice.deadline()) + ". A new matching of the request is queued.",
				MatchNotices.partner(notice), MatchNotices.memberState(notice), Audience.COORDINATION_GROUP);
		return true;
	}

	/** Matches awaiting consent whose deadline falls before {@code until} and whose parties were not reminded yet. */
	@Transactional(readOnly = true)
	public List<String> dueForReminder(Instant until, int limit) {
		return List.copyOf(this.client.query(DUE_FOR_REMINDER).bindAll(Map.of("until", until.toString(), "limit", limit))
			.fetchAs(String.class).all());
	}

	/**
	 * Reminds the parties that have not answered a match whose deadline is near; once per match. Returns whether a
	 * reminder was written.
	 */
	@Transactional
	@RetryOnTransientError
	public boolean remind(String id, Instant until) {
		Locked match = this.locks.lockExisting(Lockable.MATCH, id, "id", "match");
		if (!MatchStatus.AWAITING_CONSENT.name().equals(match.status()) || !deadlineBy(id, until, true)) {
			return false;
		}
		this.client.query("MATCH (m:MatchSuggestion {id: $id}) SET m.remindedAt = datetime()").bind(id).to("id").run();
		Value facts = facts(id);
		MatchNotices.Facts notice = this.notices.facts(id);
		List<Audience> silent = new java.util.ArrayList<>();
		if (facts.get("partnerAnswer").isNull()) {
			silent.add(MatchNotices.partner(notice));
		}
		if (facts.get("memberStateAnswer").isNull()) {
			silent.add(MatchNotices.memberState(notice));
		}
		this.notices.tell(notice, NotificationType.CONSENT_EXPIRING, notice.pair() + " expires on "
				+ MatchNotices.date(notice.deadline()) + " unless you answer.", silent.toArray(Audience[]::new));
		return true;
	}

	/** Requests whose re-matching is due at {@code now}. */
	@Transactional(readOnly = true)
	public List<String> dueForRematch(Instant now, int limit) {
		return List.copyOf(this.client.query(DUE_FOR_REMATCH).bindAll(Map.of("now", now.toString(), "limit", limit))
			.fetchAs(String.class).all());
	}

	/** Clears the re-matching markers of these requests that are due at {@code now} (a run for them has started). */
	@Transactional
	public void rematchStarted(List<String> requestIds, Instant now) {
		this.client.query(CLEAR_REMATCH).bindAll(Map.of("ids", requestIds, "now", now.toString())).run();
	}

	/**
	 * Queues a re-matching of the request after the re-matching delay from {@code now}, as every end of a match does
	 * (a further end pushes it back); nothing for a withdrawn or delivered request. Call it inside the transaction that
	 * ends the match, after the request's status was refreshed.
	 */
	public void queueRematch(String requestId, Instant now) {
		this.client.query(QUEUE_REMATCH).bindAll(Map.of("request", requestId, "due", now.plus(this.rematchDelay).toString()))
			.run();
	}

	// Whether the match's deadline falls by {@code at} (and, for a reminder, none was sent): one lookup by id, rather
	// than listing every due match to find this one.
	private boolean deadlineBy(String id, Instant at, boolean unreminded) {
		return this.client.query("""
				MATCH (m:MatchSuggestion {id: $id})
				RETURN coalesce(m.consentDeadline <= datetime($at) AND (NOT $unreminded OR m.remindedAt IS NULL), false)
				""").bindAll(Map.of("id", id, "at", at.toString(), "unreminded", unreminded)).fetchAs(Boolean.class)
			.one().orElse(false);
	}

	private Locked lock(String id, long expectedVersion) {
		return this.locks.lockVersion(Lockable.MATCH, id, expectedVersion, "version", "match");
	}

	private static void requireStatus(Locked match, Set<MatchStatus> allowed, String what) {
		if (match.status() == null) {
			throw new ConflictException("id", "Suggestion '" + match.id() + "' is not an accepted match; only matches can "
					+ what);
		}
		if (!allowed.contains(MatchStatus.valueOf(match.status()))) {
			throw new ConflictException("id", "Match '" + match.id() + "' is " + match.status() + ": only "
					+ String.join(" or ", allowed.stream().map(Enum::name).sorted().toList()) + " matches can " + what);
		}
	}

	private Value facts(String id) {
		return this.client.query(FACTS).bind(id).to("id").fetchAs(Value.class)
			.mappedBy((types, record) -> org.neo4j.driver.Values.value(record.asMap())).one().orElseThrow();
	}

	private void change(String id, MatchStatus after, Map<String, Object> changes, Actor actor, Instant now,
			String endReason) {
		changes.put("matchStatus", after.name());
		if (!after.holds()) {
			changes.put("endedAt", at(now));
			changes.put("endedBy", actor.username());
			changes.put("endReason", endReason);
		}
		this.client.query(CHANGE).bindAll(Map.of("id", id, "changes", changes)).run();
	}

	private void release(String id, Instant now) {
		this.client.query(RELEASE).bindAll(Map.of("id", id, "due", now.plus(this.rematchDelay).toString())).run();
	}

	private MatchSuggestionView view(String id) {
		return this.suggestions.findByIds(List.of(id)).get(0);
	}

	private static String unanswered(Value facts) {
		boolean partner = facts.get("partnerAnswer").isNull();
		boolean memberState = facts.get("memberStateAnswer").isNull();
		return partner && memberState ? "either party" : partner ? "the partner" : "the member State";
	}

	// Stored as a date-time (not a string), like the times the database stamps.
	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String describe(ConsentParty party) {
		return party == ConsentParty.PARTNER ? "partner" : "member State";
	}

}
