package org.ilo.coalition.graph.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.command.InvalidInputException;
import org.ilo.coalition.graph.command.NodeLocks;
import org.ilo.coalition.graph.command.NodeLocks.Lockable;
import org.ilo.coalition.graph.command.NodeLocks.Locked;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.command.RetryOnTransientError;
import org.ilo.coalition.graph.matching.MatchLifecycle;
import org.ilo.coalition.graph.matching.MatchNotices;
import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.notification.NotificationType;
import org.ilo.coalition.graph.matching.MatchStatus;
import org.ilo.coalition.graph.matching.MatchSuggestionStore;
import org.ilo.coalition.graph.matching.MatchSuggestionView;
import org.ilo.coalition.graph.request.RequestStatuses;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery of a confirmed match (docs/matching.md, "After the review"): the partner records deliveries, the member
 * State confirms their receipt, and the match ends DELIVERED once everything confirmed was received, or CANCELLED when
 * closed early. Each transition takes the match's write lock, checks its version or the delivery's, and writes the
 * change, its audit event and the request's status in one transaction; a wrong state is a CONFLICT naming the current
 * one.
 */
@Component
public class MatchDelivery {

	private static final String TYPE = "MatchSuggestion";

	// A tolerance for sums of amounts given as decimals.
	private static final double EPSILON = 1e-9;

	// The confirmed amount is what the match holds: its amount from the acceptance until it ends.
	private static final String FACTS = """
			MATCH (m:MatchSuggestion {id: $id})-[:FOR_REQUEST]->(q:SupportRequest), (m)-[:FROM_PARTNER]->(p:Partner)
			RETURN q.id AS request, p.id AS partner, coalesce(m.heldAmount, m.amount, 0.0) AS confirmed,
			       coalesce(m.deliveredAmount, 0.0) AS delivered, coalesce(m.unit, q.unit) AS unit,
			       COUNT { (m)-[:HAS_DELIVERY]->(d:Delivery) WHERE d.receivedAt IS NULL } AS unreceived,
			       COLLECT { MATCH (m)-[:HAS_DELIVERY]->(d:Delivery) WHERE d.receivedAt IS NOT NULL RETURN d.amount } AS received
			""";

	private static final String RECORD = """
			MATCH (m:MatchSuggestion {id: $match})
			CREATE (m)-[:HAS_DELIVERY]->(:Delivery {id: $id, amount: $amount, unit: $unit, deliveredOn: $deliveredOn,
			                                       note: $note, recordedAt: datetime(), recordedBy: $actor, version: 0})
			SET m.deliveredAmount = coalesce(m.deliveredAmount, 0.0) + $amount, m.matchStatus = 'IN_DELIVERY',
			    m.version = coalesce(m.version, 0) + 1
			""";

	private static final String MATCH_OF_DELIVERY = """
			MATCH (m:MatchSuggestion)-[:HAS_DELIVERY]->(:Delivery {id: $id}) RETURN m.id
			""";

	private static final String RECEIVE = """
			MATCH (d:Delivery {id: $id})
			SET d.receivedAt = datetime(), d.receivedBy = $actor, d.version = coalesce(d.version, 0) + 1
			RETURN d.amount AS amount, d.deliveredOn AS deliveredOn
			""";

	private static final String END = """
			MATCH (m:MatchSuggestion {id: $id})
			SET m.matchStatus = $status, m.endedAt = $at, m.endedBy = $actor, m.endReason = $reason,
			    m.version = coalesce(m.version, 0) + 1
			""";

	// A cancelled match keeps what was delivered of its offer and gives the rest back; when nothing was delivered it
	// holds nothing, and so loses the label that every statement counting an offer's use matches.
	private static final String KEEP_DELIVERED = """
			MATCH (m:MatchSuggestion {id: $id})
			SET m.heldAmount = coalesce(m.deliveredAmount, 0.0)
			WITH m WHERE m.heldAmount <= 0
			REMOVE m:ActiveMatch
			""";

	private final Neo4jClient client;

	private final NodeLocks locks;

	private final AuditLog audit;

	private final RequestStatuses requestStatuses;

	private final MatchSuggestionStore suggestions;

	private final MatchLifecycle lifecycle;

	private final MatchNotices notices;

	private final Clock clock;

	public MatchDelivery(Neo4jClient client, NodeLocks locks, AuditLog audit, RequestStatuses requestStatuses,
			MatchSuggestionStore suggestions, MatchLifecycle lifecycle, MatchNotices notices, Clock clock) {
		this.client = client;
		this.locks = locks;
		this.audit = audit;
		this.requestStatuses = requestStatuses;
		this.suggestions = suggestions;
		this.lifecycle = lifecycle;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * The partner records a delivery: allowed on a CONFIRMED match (the first delivery makes it IN_DELIVERY) or one in
	 * delivery. Deliveries add up and never exceed the confirmed amount.
	 * @throws NotFoundException when there is no such match
	 * @throws ConflictException when the version is stale, the match is in another state, or the amount exceeds what
	 * is left to deliver
	 */
	@Transactional
	@RetryOnTransientError
	public MatchSuggestionView record(Actor actor, String matchId, long expectedVersion, DeliveryDraft draft) {
		Locked match = this.locks.lockVersion(Lockable.MATCH, matchId, expectedVersion, "input.version", "match");
		MatchStatus before = MatchStates.require(match, Set.of(MatchStatus.CONFIRMED, MatchStatus.IN_DELIVERY),
				"input.matchId", "record deliveries");
		Value facts = facts(matchId);
		double confirmed = facts.get("confirmed").asDouble();
		double delivered = facts.get("delivered").asDouble();
		String unit = facts.get("unit").asString(null);
		if (delivered + draft.amount() > confirmed + EPSILON) {
			throw new ConflictException("input.amount", "Match '" + matchId + "' has " + amount(confirmed - delivered)
					+ " " + unit + " left to deliver of the " + amount(confirmed) + " confirmed; " + amount(draft.amount())
					+ " would exceed it");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("match", matchId);
		parameters.put("id", UUID.randomUUID().toString());
		parameters.put("amount", draft.amount());
		parameters.put("unit", unit);
		parameters.put("deliveredOn", draft.deliveredOn());
		parameters.put("note", draft.note());
		parameters.put("actor", actor.username());
		this.client.query(RECORD).bindAll(parameters).run();
		String request = facts.get("request").asString();
		this.audit.record(actor, AuditAction.DELIVERY_RECORDED, TYPE, matchId, before.name(),
				MatchStatus.IN_DELIVERY.name(), "partner " + facts.get("partner").asString() + " delivered "
						+ amount(draft.amount()) + " " + unit + " on " + draft.deliveredOn() + " for request " + request
						+ " (" + amount(delivered + draft.amount()) + " of " + amount(confirmed) + ")");
		this.requestStatuses.refresh(List.of(request));
		MatchNotices.Facts notice = this.notices.facts(matchId);
		this.notices.tell(notice, NotificationType.DELIVERY_RECORDED, notice.partnerName() + " recorded a delivery of "
				+ amount(draft.amount()) + " " + unit + " on " + draft.deliveredOn() + " for " + notice.countryName()
				+ "'s request '" + notice.requestTitle() + "' (" + amount(delivered + draft.amount()) + " of "
				+ amount(confirmed) + " delivered). Please confirm receipt.", MatchNotices.memberState(notice));
		return view(matchId);
	}

	/**
	 * The member State confirms that a delivery arrived. When every delivery of a match in delivery is received and
	 * they add up to the confirmed amount, the match is DELIVERED. Receipts of a match cancelled after the delivery are
	 * still taken (the delivery happened); they do not change its state.
	 * @throws NotFoundException when there is no such delivery
	 * @throws ConflictException when the delivery's version is stale, it was received already, or its match is not in
	 * delivery or cancelled
	 */
	@Transactional
	@RetryOnTransientError
	public MatchSuggestionView confirmReceipt(Actor actor, String deliveryId, long expectedVersion) {
		String matchId = this.client.query(MATCH_OF_DELIVERY).bind(deliveryId).to("id").fetchAs(String.class).one()
			.orElseThrow(() -> new NotFoundException("deliveryId", "delivery", deliveryId));
		// The match first, as every transition of it does, so that a receipt and a delivery or a close take turns.
		Locked match = this.locks.lockExisting(Lockable.MATCH, matchId, "deliveryId", "match");
		Locked delivery = this.locks.lockVersion(Lockable.DELIVERY, deliveryId, expectedVersion, "version", "delivery");
		if (delivery.status() != null) {
			throw new ConflictException("deliveryId", "Delivery '" + deliveryId + "' was received already (confirmed by "
					+ delivery.status() + ")");
		}
		MatchStatus before = MatchStates.require(match, Set.of(MatchStatus.IN_DELIVERY, MatchStatus.CANCELLED),
				"deliveryId", "take receipts");
		Value received = this.client.query(RECEIVE).bindAll(Map.of("id", deliveryId, "actor", actor.username()))
			.fetchAs(Value.class).mappedBy((types, record) -> org.neo4j.driver.Values.value(record.asMap())).one()
			.orElseThrow();
		Value facts = facts(matchId);
		String request = facts.get("request").asString();
		String unit = facts.get("unit").asString(null);
		double confirmed = facts.get("confirmed").asDouble();
		double receivedAmount = facts.get("received").asList(Value::asDouble).stream().mapToDouble(Double::doubleValue)
			.sum();
		boolean complete = before == MatchStatus.IN_DELIVERY && facts.get("unreceived").asLong() == 0
				&& receivedAmount >= confirmed - EPSILON;
		MatchStatus after = complete ? MatchStatus.DELIVERED : before;
		this.audit.record(actor, AuditAction.RECEIPT_CONFIRMED, TYPE, matchId, before.name(), after.name(),
				"the member State received " + amount(received.get("amount").asDouble()) + " " + unit + " delivered on "
						+ received.get("deliveredOn").asLocalDate() + " (delivery " + deliveryId + ") for request "
						+ request + " (" + amount(receivedAmount) + " of " + amount(confirmed) + " received)");
		if (complete) {
			end(matchId, MatchStatus.DELIVERED, actor, null);
			this.audit.record(actor, AuditAction.MATCH_DELIVERED, TYPE, matchId, before.name(), after.name(),
					"partner " + facts.get("partner").asString() + " delivered all " + amount(confirmed) + " " + unit
							+ " to request " + request + " and the member State received it");
		}
		this.requestStatuses.refresh(List.of(request));
		MatchNotices.Facts notice = this.notices.facts(matchId);
		this.notices.tell(notice, NotificationType.RECEIPT_CONFIRMED, notice.countryName() + " confirmed receipt of "
				+ amount(received.get("amount").asDouble()) + " " + unit + " for its request '" + notice.requestTitle()
				+ "' (" + amount(receivedAmount) + " of " + amount(confirmed) + " received).", MatchNotices.partner(notice));
		if (complete) {
			this.notices.tell(notice, NotificationType.MATCH_DELIVERED, notice.pair() + " is delivered in full.",
					MatchNotices.partner(notice), MatchNotices.memberState(notice), Audience.COORDINATION_GROUP);
		}
		return view(matchId);
	}

	/**
	 * Closes a confirmed match or one in delivery early (CANCELLED). It keeps what was delivered of its offer and gives
	 * the rest back, and a re-matching of the request is queued (the partner may be suggested again).
	 * @throws NotFoundException when there is no such match
	 * @throws ConflictException when the version is stale or the match is in another state
	 * @throws InvalidInputException when there is no reason
	 */
	@Transactional
	@RetryOnTransientError
	public MatchSuggestionView close(Actor actor, String matchId, long expectedVersion, String reason) {
		Locked match = this.locks.lockVersion(Lockable.MATCH, matchId, expectedVersion, "version", "match");
		MatchStatus before = MatchStates.require(match, Set.of(MatchStatus.CONFIRMED, MatchStatus.IN_DELIVERY), "id",
				"be closed");
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "is required to close a match");
		}
		Value facts = facts(matchId);
		String request = facts.get("request").asString();
		end(matchId, MatchStatus.CANCELLED, actor, reason);
		this.client.query(KEEP_DELIVERED).bind(matchId).to("id").run();
		this.audit.record(actor, AuditAction.MATCH_CANCELLED, TYPE, matchId, before.name(),
				MatchStatus.CANCELLED.name(), "closed partner " + facts.get("partner").asString() + " for request "
						+ request + " after " + amount(facts.get("delivered").asDouble()) + " of "
						+ amount(facts.get("confirmed").asDouble()) + " " + facts.get("unit").asString(null)
						+ " delivered");
		this.requestStatuses.refresh(List.of(request));
		this.lifecycle.queueRematch(request, this.clock.instant());
		MatchNotices.Facts notice = this.notices.facts(matchId);
		this.notices.tell(notice, NotificationType.MATCH_CANCELLED, actor.username() + " closed " + notice.pair()
				+ " after " + amount(facts.get("delivered").asDouble()) + " delivered: " + reason
				+ ". A new matching of the rest of the request is queued.", MatchNotices.partner(notice),
				MatchNotices.memberState(notice), Audience.COORDINATION_GROUP);
		return view(matchId);
	}

	private Value facts(String matchId) {
		return this.client.query(FACTS).bind(matchId).to("id").fetchAs(Value.class)
			.mappedBy((types, record) -> org.neo4j.driver.Values.value(record.asMap())).one().orElseThrow();
	}

	private void end(String matchId, MatchStatus status, Actor actor, String reason) {
		Instant now = this.clock.instant();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", matchId);
		parameters.put("status", status.name());
		// Stored as a date-time (not a string), like MatchLifecycle's ends.
		parameters.put("at", now.atOffset(ZoneOffset.UTC));
		parameters.put("actor", actor.username());
		parameters.put("reason", reason);
		this.client.query(END).bindAll(parameters).run();
	}

	private MatchSuggestionView view(String matchId) {
		return this.suggestions.findByIds(List.of(matchId)).get(0);
	}

	// Whole amounts without a decimal point, as people write them: "30 PERSON_DAYS", "12.5 PLACES".
	static String amount(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: Double.toString(value);
	}

}
