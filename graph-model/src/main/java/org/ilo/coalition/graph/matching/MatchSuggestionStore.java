package org.ilo.coalition.graph.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.command.NodeLocks;
import org.ilo.coalition.graph.command.NodeLocks.Lockable;
import org.ilo.coalition.graph.command.NodeLocks.Locked;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.cypher.Where;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.InvalidCursorException;
import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.paging.ResultPage;
import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.notification.NotificationType;
import org.ilo.coalition.graph.request.RequestStatuses;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads match suggestions and records the coordination group's review of them. */
@Component
public class MatchSuggestionStore {

	/**
	 * The ordering name that suggestion cursors carry: newest run first (the suggestions of a run share its write
	 * time), then the run's own order ({@code rank}), then id. Renamed from {@code matchSuggestion} when the rank came
	 * in, so that a cursor of the old (createdAt, id) order is refused rather than misread.
	 */
	public static final String ORDERING = "matchSuggestionRanked";

	private static final String TYPE = "MatchSuggestion";

	private static final String PROJECTION = """
			m {.*, request: q.id, country: c.iso3, partner: p.id, unit: coalesce(m.unit, q.unit),
			   offer: COLLECT { MATCH (m)-[:FROM_OFFER]->(o:Offer) RETURN o.id }[0],
			   run: COLLECT { MATCH (m)-[:IN_RUN]->(x:MatchRun) RETURN x.id }[0]}""";

	private static final String MATCH = """
			MATCH (m:MatchSuggestion)-[:FOR_REQUEST]->(q:SupportRequest)-[:FOR_COUNTRY]->(c:Country)
			MATCH (m)-[:FROM_PARTNER]->(p:Partner)
			""";

	// Suggestions written before the rank existed have none; 0 keeps them in id order within their run, and the same
	// expression in ORDER BY and in the keyset condition keeps cursors exact.
	private static final String RANK = "coalesce(m.rank, 0)";

	// The total and one keyset page (newest run first, then rank and id) of what $$match (binding m, q, c and p)
	// finds under the optional filters $$filter (Where), inside subqueries that import $$imports.
	private static final String TOTAL_AND_PAGE = """
			CALL ($$imports) {
			  $$match WHERE $$filter
			  RETURN count(m) AS total
			}
			CALL ($$imports) {
			  $$match WHERE $$filter AND $$after
			  WITH m, q, c, p ORDER BY m.createdAt DESC, $$rank, m.id LIMIT $limit
			  RETURN collect($$projection) AS page
			}
			""".replace("$$projection", PROJECTION).replace("$$rank", RANK);

	private static final String AFTER = """
			(m.createdAt < datetime($afterAt) OR (m.createdAt = datetime($afterAt)
			 AND ($$rank > $afterRank OR ($$rank = $afterRank AND m.id > $afterId))))""".replace("$$rank", RANK);

	private static final String PAGE = TOTAL_AND_PAGE.replace("$$imports", "").replace("$$match", MATCH)
			+ "RETURN total, page\n";

	// The same page for several runs at once, so that a list of runs with their suggestions costs one statement.
	private static final String PAGES_BY_RUNS = "UNWIND $runs AS run\n" + TOTAL_AND_PAGE.replace("$$imports", "run")
		.replace("$$match", """
				MATCH (:MatchRun {id: run})<-[:IN_RUN]-(m:MatchSuggestion)-[:FOR_REQUEST]->(q:SupportRequest)-[:FOR_COUNTRY]->(c:Country)
				MATCH (m)-[:FROM_PARTNER]->(p:Partner)
				""") + "RETURN run, total, page\n";

	private static final String BY_IDS = MATCH + "WHERE m.id IN $ids RETURN " + PROJECTION + " AS row";

	private static final String ACCEPTED_BY_REQUESTS = MATCH
			+ "WHERE q.id IN $ids AND m.status = 'ACCEPTED' WITH m, q, c, p ORDER BY m.decidedAt, m.id RETURN "
			+ PROJECTION + " AS row";

	/**
	 * Whether suggestion x keeps its partner out of later suggestions for its request: the coordination group rejected
	 * it, or the partner or the member State declined the match, or nobody answered in time.
	 */
	static final String EXCLUDED_PAIR = "(x.status = 'REJECTED' OR x.matchStatus IN ['DECLINED', 'EXPIRED'])";

	private static final String REVIEW_FACTS = """
			MATCH (m:MatchSuggestion {id: $id})-[:FOR_REQUEST]->(q:SupportRequest), (m)-[:FROM_PARTNER]->(p:Partner)
			RETURN q.id AS request, p.id AS partner, coalesce(m.amount, 0.0) AS amount,
			       COLLECT { MATCH (m)-[:FROM_OFFER]->(o:Offer) RETURN o.id }[0] AS offer,
			       EXISTS { (q)<-[:FOR_REQUEST]-(x:MatchSuggestion)-[:FROM_PARTNER]->(p) WHERE $$excluded } AS rejectedPair,
			       EXISTS { (q)<-[:FOR_REQUEST]-(:ActiveMatch)-[:FROM_PARTNER]->(p) } AS acceptedPair
			""".replace("$$excluded", EXCLUDED_PAIR);

	// What the matches that hold offer o use of it (label ActiveMatch: accepted, and not declined, expired, retracted or
	// withdrawn since): what they hold and the distinct requests they serve. The review's room check and
	// Offer.remainingAmount/remainingCapacity read the same expressions.
	private static final String ACCEPTED_USE = """
			COLLECT { MATCH (o)<-[:FROM_OFFER]-(x:ActiveMatch) RETURN coalesce(x.heldAmount, 0.0) } AS used,
			       COLLECT {
			         MATCH (o)<-[:FROM_OFFER]-(:ActiveMatch)-[:FOR_REQUEST]->(q:SupportRequest)
			         RETURN DISTINCT q.id
			       } AS requests
			""";

	private static final String OFFER_USE = """
			MATCH (o:Offer {id: $offer})
			RETURN o.status AS status, coalesce(o.amount, 0.0) AS amount, coalesce(o.capacity, 1) AS capacity,
			       """ + ACCEPTED_USE;

	private static final String USE_BY_OFFERS = """
			MATCH (o:Offer) WHERE o.id IN $ids
			RETURN o.id AS offer, """ + ACCEPTED_USE;

	private static final String DECIDE = """
			MATCH (m:MatchSuggestion {id: $id})
			SET m.status = $status, m.decidedAt = datetime(), m.decidedBy = $actor, m.comment = $comment,
			    m.version = coalesce(m.version, 0) + 1
			""";

	// An accepted suggestion is a match: it holds its amount and a slot of its offer until it ends, and waits for both
	// parties' consent until the deadline.
	private static final String OPEN_MATCH = """
			MATCH (m:MatchSuggestion {id: $id})
			SET m:ActiveMatch, m.matchStatus = 'AWAITING_CONSENT', m.heldAmount = coalesce(m.amount, 0.0),
			    m.consentDeadline = datetime($deadline)
			""";

	private final Neo4jClient client;

	private final NodeLocks locks;

	private final AuditLog audit;

	private final RequestStatuses requestStatuses;

	private final MatchNotices notices;

	private final Clock clock;

	private final Duration consentWindow;

	public MatchSuggestionStore(Neo4jClient client, NodeLocks locks, AuditLog audit, RequestStatuses requestStatuses,
			MatchNotices notices, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${coalition.match.consent-window:P14D}") Duration consentWindow) {
		this.client = client;
		this.locks = locks;
		this.audit = audit;
		this.requestStatuses = requestStatuses;
		this.notices = notices;
		this.clock = clock;
		this.consentWindow = consentWindow;
	}

	/** Suggestions matching the filter: newest run first, each run's in its own order (rank), then id. */
	@Transactional(readOnly = true)
	public ResultPage<MatchSuggestionView> findPage(SuggestionFilter filter, int first, Cursor after) {
		Where where = new Where()
			.and("run", filter.runId(), "EXISTS { (m)-[:IN_RUN]->(:MatchRun {id: $run}) }")
			.and("status", filter.status() == null ? null : filter.status().name(), "m.status = $status")
			.and("country", filter.countryIso3(), "c.iso3 = $country")
			.and("partner", filter.partnerId(), "p.id = $partner")
			.and("request", filter.requestId(), "q.id = $request")
			.and("matchStatus", filter.matchStatus() == null ? null : filter.matchStatus().name(),
					"m.matchStatus = $matchStatus")
			.and("visiblePartner", filter.visiblePartnerId(), "p.id = $visiblePartner")
			.and("visibleCountry", filter.visibleCountryIso3(), "c.iso3 = $visibleCountry AND m.status = 'ACCEPTED'");
		Map<String, Object> parameters = pageParameters(where, first, after);
		String statement = PAGE.replace("$$filter", where.conditions()).replace("$$after", after == null ? "true" : AFTER);
		record Fetched(List<MatchSuggestionView> suggestions, long total) {
		}
		Fetched fetched = this.client.query(statement).bindAll(parameters).fetchAs(Fetched.class)
			.mappedBy((types, record) -> new Fetched(record.get("page").asList(MatchSuggestionStore::toView),
					record.get("total").asLong()))
			.one().orElseThrow();
		return ResultPage.ofLookahead(fetched.suggestions(), first, fetched.total());
	}

	/**
	 * The same page of suggestions ({@code status}, if given, in the run's order) for each of several runs, with one
	 * statement; every run asked for has a page, empty if it has no suggestions. {@code status} and {@code after} may be
	 * {@code null}.
	 */
	@Transactional(readOnly = true)
	public Map<String, ResultPage<MatchSuggestionView>> findPagesByRuns(Collection<String> runIds,
			SuggestionStatus status, int first, Cursor after) {
		Where where = new Where().and("status", status == null ? null : status.name(), "m.status = $status");
		Map<String, Object> parameters = pageParameters(where, first, after);
		parameters.put("runs", List.copyOf(runIds));
		String statement = PAGES_BY_RUNS.replace("$$filter", where.conditions())
			.replace("$$after", after == null ? "true" : AFTER);
		Map<String, ResultPage<MatchSuggestionView>> pages = new LinkedHashMap<>();
		runIds.forEach((run) -> pages.put(run, new ResultPage<>(List.of(), 0, false)));
		record Fetched(String run, ResultPage<MatchSuggestionView> page) {
		}
		this.client.query(statement).bindAll(parameters).fetchAs(Fetched.class)
			.mappedBy((types, record) -> new Fetched(record.get("run").asString(), ResultPage.ofLookahead(
					record.get("page").asList(MatchSuggestionStore::toView), first, record.get("total").asLong())))
			.all().forEach((fetched) -> pages.put(fetched.run(), fetched.page()));
		return pages;
	}

	private static Map<String, Object> pageParameters(Where where, int first, Cursor after) {
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		Position position = after == null ? null : Position.of(after);
		parameters.put("afterAt", position == null ? null : position.createdAt().toString());
		parameters.put("afterRank", position == null ? null : position.rank());
		parameters.put("afterId", after == null ? null : after.id());
		parameters.put("limit", first + 1);
		return parameters;
	}

	@Transactional(readOnly = true)
	public List<MatchSuggestionView> findByIds(Collection<String> ids) {
		return rows(BY_IDS, ids);
	}

	/**
	 * What the accepted matches use of each of these offers, with one statement; every id given is a key (unknown ids
	 * and offers without matches use nothing).
	 */
	@Transactional(readOnly = true)
	public Map<String, OfferUse> findUseByOffers(Collection<String> offerIds) {
		Map<String, OfferUse> uses = new HashMap<>();
		offerIds.forEach((id) -> uses.put(id, OfferUse.NONE));
		if (offerIds.isEmpty()) {
			return uses;
		}
		this.client.query(USE_BY_OFFERS).bind(List.copyOf(offerIds)).to("ids").fetch().all().forEach((row) -> {
			double used = ((List<?>) row.get("used")).stream().mapToDouble((x) -> ((Number) x).doubleValue()).sum();
			uses.put((String) row.get("offer"), new OfferUse(used, ((List<?>) row.get("requests")).size()));
		});
		return uses;
	}

	/** Accepted suggestions (matches) of the given requests, oldest decision first. */
	@Transactional(readOnly = true)
	public Map<String, List<MatchSuggestionView>> findAcceptedByRequests(Collection<String> requestIds) {
		return Records.groupBy(requestIds, rows(ACCEPTED_BY_REQUESTS, requestIds), MatchSuggestionView::requestId);
	}

	/** The cursor that points at {@code suggestion} in the list's ordering; its sort key is "createdAt rank". */
	public static Cursor cursorOf(MatchSuggestionView suggestion) {
		return new Cursor(ORDERING, suggestion.createdAt() + " " + suggestion.rank(), suggestion.id());
	}

	/** Whether {@code cursor}'s sort key is one that {@link #cursorOf} wrote, so that it can be checked before reading. */
	public static boolean isPosition(Cursor cursor) {
		try {
			Position.of(cursor);
			return true;
		}
		catch (InvalidCursorException ex) {
			return false;
		}
	}

	// The sort key of a suggestion cursor.
	private record Position(OffsetDateTime createdAt, int rank) {

		static Position of(Cursor cursor) {
			String[] parts = cursor.sortKey().split(" ", -1);
			try {
				if (parts.length == 2) {
					return new Position(OffsetDateTime.parse(parts[0]), Integer.parseInt(parts[1]));
				}
			}
			catch (DateTimeParseException | NumberFormatException ex) {
				// refused below
			}
			throw new InvalidCursorException(cursor.encode());
		}

	}

	/**
	 * Accepts or rejects a proposed suggestion. Accepting takes the offer's write lock and checks that the offer still
	 * has the amount and a free slot for it, so that concurrent acceptances never overdraw an offer.
	 * @throws NotFoundException when there is no such suggestion
	 * @throws ConflictException when it is not PROPOSED, or the decision would contradict an earlier one on the same
	 * (request, partner) pair, or the offer is withdrawn, full or too small
	 */
	@Transactional
	public MatchSuggestionView review(Actor actor, String id, ReviewDecision decision, String comment) {
		Locked node = this.locks.lockExisting(Lockable.MATCH_SUGGESTION, id, "id", "match suggestion");
		String before = String.valueOf(node.status());
		if (!SuggestionStatus.PROPOSED.name().equals(before)) {
			throw new ConflictException("id", "Match suggestion '" + id + "' is " + before
					+ ": only PROPOSED suggestions can be reviewed");
		}
		Value facts = this.client.query(REVIEW_FACTS).bind(id).to("id").fetchAs(Value.class)
			.mappedBy((types, record) -> org.neo4j.driver.Values.value(record.asMap())).one().orElseThrow();
		String request = facts.get("request").asString();
		String partner = facts.get("partner").asString();
		if (decision == ReviewDecision.ACCEPT) {
			if (facts.get("rejectedPair").asBoolean()) {
				throw new ConflictException("decision", "Partner '" + partner + "' was rejected for request '" + request
						+ "' before, or a match of it for the request was declined or expired; it cannot be accepted for it now");
			}
			checkOfferHasRoom(Records.string(facts.get("offer")), request, facts.get("amount").asDouble());
		}
		else if (facts.get("acceptedPair").asBoolean()) {
			throw new ConflictException("decision", "An offer of partner '" + partner + "' was already accepted for request '"
					+ request + "'; rejecting the partner for it would contradict that match");
		}
		SuggestionStatus after = decision == ReviewDecision.ACCEPT ? SuggestionStatus.ACCEPTED : SuggestionStatus.REJECTED;
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("status", after.name());
		parameters.put("actor", actor.username());
		parameters.put("comment", comment);
		this.client.query(DECIDE).bindAll(parameters).run();
		if (decision == ReviewDecision.ACCEPT) {
			this.client.query(OPEN_MATCH).bindAll(Map.of("id", id, "deadline",
					this.clock.instant().plus(this.consentWindow).toString())).run();
			this.requestStatuses.refresh(List.of(request));
		}
		MatchNotices.Facts match = this.notices.facts(id);
		if (decision == ReviewDecision.ACCEPT) {
			this.notices.tell(match, NotificationType.CONSENT_REQUESTED, "The coordination group accepted " + match.pair()
					+ ". Please confirm or decline by " + MatchNotices.date(match.deadline()) + ".",
					MatchNotices.partner(match), MatchNotices.memberState(match));
			this.notices.tell(match, NotificationType.SUGGESTION_ACCEPTED, actor.username() + " accepted " + match.pair()
					+ "; both parties are asked to confirm by " + MatchNotices.date(match.deadline()) + ".",
					Audience.COORDINATION_GROUP);
		}
		else {
			this.notices.tell(match, NotificationType.SUGGESTION_REJECTED, "The coordination group rejected "
					+ match.pair() + (comment == null ? "." : ": " + comment), MatchNotices.partner(match),
					Audience.COORDINATION_GROUP);
		}
		this.audit.record(actor, decision == ReviewDecision.ACCEPT ? AuditAction.SUGGESTION_ACCEPTED
				: AuditAction.SUGGESTION_REJECTED, TYPE, id, before, after.name(),
				(decision == ReviewDecision.ACCEPT ? "accepted" : "rejected") + " partner " + partner + " for request "
						+ request);
		return findByIds(List.of(id)).get(0);
	}

	private void checkOfferHasRoom(String offerId, String requestId, double amount) {
		if (offerId == null) {
			throw new ConflictException("id", "The suggested offer no longer exists");
		}
		this.locks.lock(Lockable.OFFER, offerId);
		Value offer = this.client.query(OFFER_USE).bind(offerId).to("offer").fetchAs(Value.class)
			.mappedBy((types, record) -> org.neo4j.driver.Values.value(record.asMap())).one().orElseThrow();
		if (!"ACTIVE".equals(Records.string(offer.get("status")))) {
			throw new ConflictException("id", "Offer '" + offerId + "' is " + Records.string(offer.get("status"))
					+ " and cannot be matched any more");
		}
		double used = offer.get("used").asList(Value::asDouble).stream().mapToDouble(Double::doubleValue).sum();
		if (used + amount > offer.get("amount").asDouble() + 1e-9) {
			throw new ConflictException("id", "Offer '" + offerId + "' has " + (offer.get("amount").asDouble() - used)
					+ " left, not the " + amount + " this suggestion needs");
		}
		List<String> requests = Records.strings(offer.get("requests"));
		if (!requests.contains(requestId) && requests.size() >= offer.get("capacity").asInt()) {
			throw new ConflictException("id", "Offer '" + offerId + "' already serves " + requests.size()
					+ " requests, its capacity");
		}
	}

	private List<MatchSuggestionView> rows(String cypher, Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return new ArrayList<>(this.client.query(cypher).bind(List.copyOf(ids)).to("ids")
			.fetchAs(MatchSuggestionView.class).mappedBy((types, record) -> toView(record.get("row"))).all());
	}

	static MatchSuggestionView toView(Value m) {
		return new MatchSuggestionView(m.get("id").asString(), SuggestionStatus.valueOf(m.get("status").asString()),
				Records.string(m.get("run")), m.get("request").asString(), Records.string(m.get("offer")),
				m.get("partner").asString(), Records.string(m.get("country")),
				m.get("amount").isNull() ? 0 : m.get("amount").asNumber().doubleValue(), Records.string(m.get("unit")),
				m.get("rank").asInt(0), Records.dateTime(m.get("createdAt")), Records.dateTime(m.get("decidedAt")),
				Records.string(m.get("decidedBy")), Records.string(m.get("comment")), explanation(m),
				m.get("version").asLong(0), matchState(m));
	}

	private static MatchSuggestionView.MatchState matchState(Value m) {
		if (m.get("matchStatus").isNull()) {
			return null;
		}
		return new MatchSuggestionView.MatchState(MatchStatus.valueOf(m.get("matchStatus").asString()),
				Records.dateTime(m.get("consentDeadline")), consent(m, ConsentParty.PARTNER),
				consent(m, ConsentParty.MEMBER_STATE), Records.dateTime(m.get("confirmedAt")),
				Records.dateTime(m.get("endedAt")), Records.string(m.get("endedBy")), Records.string(m.get("endReason")));
	}

	private static MatchSuggestionView.Consent consent(Value m, ConsentParty party) {
		Value answer = m.get(party.property() + "Answer");
		if (answer.isNull()) {
			return null;
		}
		return new MatchSuggestionView.Consent(ConsentAnswer.valueOf(answer.asString()),
				Records.dateTime(m.get(party.property() + "AnsweredAt")),
				Records.string(m.get(party.property() + "AnsweredBy")),
				Records.string(m.get(party.property() + "Reason")));
	}

	private static SuggestionExplanation explanation(Value m) {
		if (m.get("reasonConstraints").isNull()) {
			return SuggestionExplanation.NONE;
		}
		List<String> constraints = Records.strings(m.get("reasonConstraints"));
		List<String> sentences = Records.strings(m.get("reasonSentences"));
		List<Long> hard = m.get("reasonHard").asList(Value::asLong);
		List<Long> medium = m.get("reasonMedium").asList(Value::asLong);
		List<Long> soft = m.get("reasonSoft").asList(Value::asLong);
		List<SuggestionExplanation.Reason> reasons = new ArrayList<>();
		for (int i = 0; i < constraints.size(); i++) {
			reasons.add(new SuggestionExplanation.Reason(constraints.get(i),
					new ScoreValue(hard.get(i), medium.get(i), soft.get(i)), sentences.get(i)));
		}
		SuggestionExplanation.Alternative next = m.get("nextBestSentence").isNull() ? null
				: new SuggestionExplanation.Alternative(Records.string(m.get("nextBestOfferId")),
						Records.string(m.get("nextBestPartnerId")),
						new ScoreValue(m.get("nextBestHard").asLong(), m.get("nextBestMedium").asLong(),
								m.get("nextBestSoft").asLong()),
						m.get("nextBestSentence").asString());
		return new SuggestionExplanation(new ScoreValue(m.get("impactHard").asLong(0), m.get("impactMedium").asLong(0),
				m.get("impactSoft").asLong(0)), reasons, next);
	}

}
