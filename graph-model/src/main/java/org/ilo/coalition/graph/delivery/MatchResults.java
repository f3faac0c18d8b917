package org.ilo.coalition.graph.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.ilo.coalition.graph.matching.MatchNotices;
import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.notification.NotificationType;
import org.ilo.coalition.graph.paging.Records;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results of a confirmed match (docs/matching.md, "After the review"): the member State records, per indicator its
 * request's objective addresses, a baseline (by default the country's latest observation of the indicator), a target,
 * and dated actual values. One result per match and indicator. Each change takes the match's write lock (so that two
 * first results for one indicator take turns) and the result's, and writes its audit event in the same transaction.
 */
@Component
public class MatchResults {

	private static final String TYPE = "MatchResult";

	// The latest observation: the latest year, the indicator's primary series first when several have that year.
	private static final String FACTS = """
			MATCH (m:MatchSuggestion {id: $id})-[:FOR_REQUEST]->(q:SupportRequest)-[:FOR_COUNTRY]->(c:Country)
			RETURN q.id AS request, c.iso3 AS country,
			       COLLECT { MATCH (q)-[:FOR_OBJECTIVE]->(:Objective)-[:ADDRESSES]->(i:Indicator) RETURN DISTINCT i.code } AS addressed,
			       COLLECT {
			         MATCH (m)<-[:FOR_MATCH]-(r:MatchResult)-[:OF_INDICATOR]->(:Indicator {code: $indicator})
			         RETURN r {.id, .baselineYear}
			       }[0] AS existing,
			       COLLECT {
			         MATCH (c)<-[:OBSERVED_IN]-(o:DeficitObservation)-[:OF_INDICATOR]->(i:Indicator {code: $indicator})
			         WITH o, i, coalesce(o.series, i.ilostatId) AS series
			         ORDER BY o.year DESC, CASE WHEN series = i.ilostatId THEN 0 ELSE 1 END, series
			         RETURN {value: o.value, year: o.year, series: series} LIMIT 1
			       }[0] AS latest
			""";

	private static final String CREATE = """
			MATCH (m:MatchSuggestion {id: $match}), (i:Indicator {code: $indicator})
			CREATE (r:MatchResult {id: $id, baseline: $baseline, baselineYear: $baselineYear,
			                       baselineSource: $baselineSource, baselineSeries: $baselineSeries, target: $target,
			                       targetYear: $targetYear, version: 0, recordedAt: datetime(), recordedBy: $actor})
			CREATE (r)-[:FOR_MATCH]->(m), (r)-[:OF_INDICATOR]->(i)
			""";

	private static final String UPDATE = """
			MATCH (r:MatchResult {id: $id})
			SET r += $changes, r.version = coalesce(r.version, 0) + 1, r.updatedAt = datetime(), r.updatedBy = $actor
			""";

	private static final String MATCH_OF_RESULT = """
			MATCH (r:MatchResult {id: $id})-[:FOR_MATCH]->(m:MatchSuggestion), (r)-[:OF_INDICATOR]->(i:Indicator)
			RETURN m.id AS match, i.code AS indicator
			""";

	// `on` is quoted: ON is a Cypher keyword.
	private static final String ADD_VALUE = """
			MATCH (r:MatchResult {id: $id})
			CREATE (r)-[:HAS_VALUE]->(:ResultValue {value: $value, `on`: $on, note: $note, recordedAt: datetime(),
			                                       recordedBy: $actor})
			SET r.version = coalesce(r.version, 0) + 1
			""";

	private final Neo4jClient client;

	private final NodeLocks locks;

	private final AuditLog audit;

	private final MatchResultStore results;

	private final MatchNotices notices;

	public MatchResults(Neo4jClient client, NodeLocks locks, AuditLog audit, MatchResultStore results,
			MatchNotices notices) {
		this.client = client;
		this.locks = locks;
		this.audit = audit;
		this.results = results;
		this.notices = notices;
	}

	/**
	 * Records the result of a match against an indicator its request's objective addresses, or, with
	 * {@code expectedVersion}, changes the target (and a stated baseline) of the one recorded before.
	 * @throws NotFoundException when there is no such match
	 * @throws ConflictException when the match was not confirmed, a result for the indicator exists (without a version)
	 * or does not (with one), or the version is stale
	 * @throws InvalidInputException when the objective does not address the indicator, no baseline was given and the
	 * country has no figure of the indicator, or the target year is before the baseline's
	 */
	@Transactional
	@RetryOnTransientError
	public MatchResultView record(Actor actor, String matchId, Long expectedVersion, ResultDraft draft) {
		Locked match = this.locks.lockExisting(Lockable.MATCH, matchId, "input.matchId", "match");
		MatchStates.require(match, MatchStates.CONFIRMED_OR_LATER, "input.matchId", "take results");
		Value facts = this.client.query(FACTS).bindAll(Map.of("id", matchId, "indicator", draft.indicatorCode()))
			.fetchAs(Value.class).mappedBy((types, record) -> org.neo4j.driver.Values.value(record.asMap())).one()
			.orElseThrow();
		List<String> addressed = Records.strings(facts.get("addressed")).stream().sorted().toList();
		if (!addressed.contains(draft.indicatorCode())) {
			throw new InvalidInputException("input.indicator", "must be an indicator the request's objective addresses ("
					+ String.join(", ", addressed) + "), was '" + draft.indicatorCode() + "'");
		}
		Value existing = facts.get("existing");
		String country = facts.get("country").asString();
		String request = facts.get("request").asString();
		if (expectedVersion == null) {
			if (!existing.isNull()) {
				throw new ConflictException("input.indicator", "Match '" + matchId + "' has a result for indicator "
						+ draft.indicatorCode() + " already (" + existing.get("id").asString()
						+ "); send its version to change it");
			}
			return create(actor, matchId, request, country, draft, facts.get("latest"));
		}
		if (existing.isNull()) {
			throw new ConflictException("input.version", "Match '" + matchId + "' has no result for indicator "
					+ draft.indicatorCode() + " to change; leave out the version to record one");
		}
		String id = existing.get("id").asString();
		this.locks.lockVersion(Lockable.MATCH_RESULT, id, expectedVersion, "input.version", "result");
		Map<String, Object> changes = new HashMap<>();
		changes.put("target", draft.target());
		changes.put("targetYear", draft.targetYear());
		Integer baselineYear = existing.get("baselineYear").isNull() ? null : existing.get("baselineYear").asInt();
		if (draft.baseline() != null) {
			changes.put("baseline", draft.baseline());
			changes.put("baselineYear", draft.baselineYear());
			changes.put("baselineSource", BaselineSource.STATED.name());
			changes.put("baselineSeries", null);
			baselineYear = draft.baselineYear();
		}
		requireTargetAfterBaseline(draft.targetYear(), baselineYear);
		this.client.query(UPDATE).bindAll(Map.of("id", id, "changes", changes, "actor", actor.username())).run();
		this.audit.record(actor, AuditAction.RESULT_RECORDED, TYPE, id, null, null, "the member State changed the target"
				+ (draft.baseline() != null ? " and baseline" : "") + " of indicator " + draft.indicatorCode()
				+ " for request " + request + " to " + MatchDelivery.amount(draft.target()) + " by " + draft.targetYear());
		return this.results.findById(id).orElseThrow();
	}

	/**
	 * Adds a dated actual value to a result.
	 * @throws NotFoundException when there is no such result
	 * @throws ConflictException when the version is stale or the match is no longer confirmed or later
	 */
	@Transactional
	@RetryOnTransientError
	public MatchResultView recordValue(Actor actor, String resultId, long expectedVersion, ResultValueDraft draft) {
		Value result = this.client.query(MATCH_OF_RESULT).bind(resultId).to("id").fetchAs(Value.class)
			.mappedBy((types, record) -> org.neo4j.driver.Values.value(record.asMap())).one()
			.orElseThrow(() -> new NotFoundException("input.resultId", "result", resultId));
		// The match first, as every change of a result and every transition of the match takes it.
		Locked match = this.locks.lockExisting(Lockable.MATCH, result.get("match").asString(), "input.resultId", "match");
		this.locks.lockVersion(Lockable.MATCH_RESULT, resultId, expectedVersion, "input.version", "result");
		MatchStates.require(match, MatchStates.CONFIRMED_OR_LATER, "input.resultId", "take results");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", resultId);
		parameters.put("value", draft.value());
		parameters.put("on", draft.on());
		parameters.put("note", draft.note());
		parameters.put("actor", actor.username());
		this.client.query(ADD_VALUE).bindAll(parameters).run();
		this.audit.record(actor, AuditAction.RESULT_VALUE_RECORDED, TYPE, resultId, null, null,
				"the member State recorded " + MatchDelivery.amount(draft.value()) + " on " + draft.on()
						+ " for indicator " + result.get("indicator").asString() + " of match " + match.id());
		MatchNotices.Facts notice = this.notices.facts(match.id());
		this.notices.tell(notice, NotificationType.RESULT_RECORDED, notice.countryName() + " recorded "
				+ MatchDelivery.amount(draft.value()) + " on " + draft.on() + " for indicator "
				+ result.get("indicator").asString() + " of its request '" + notice.requestTitle() + "', supported by "
				+ notice.partnerName() + ".", MatchNotices.partner(notice), Audience.COORDINATION_GROUP);
		return this.results.findById(resultId).orElseThrow();
	}

	private MatchResultView create(Actor actor, String matchId, String request, String country, ResultDraft draft,
			Value latest) {
		Map<String, Object> parameters = new HashMap<>();
		String id = UUID.randomUUID().toString();
		parameters.put("id", id);
		parameters.put("match", matchId);
		parameters.put("indicator", draft.indicatorCode());
		parameters.put("target", draft.target());
		parameters.put("targetYear", draft.targetYear());
		parameters.put("actor", actor.username());
		if (draft.baseline() != null) {
			parameters.put("baseline", draft.baseline());
			parameters.put("baselineYear", draft.baselineYear());
			parameters.put("baselineSource", BaselineSource.STATED.name());
			parameters.put("baselineSeries", null);
		}
		else if (latest.isNull()) {
			throw new InvalidInputException("input.baseline", "is required: " + country + " has no figure of indicator "
					+ draft.indicatorCode() + " to take it from");
		}
		else {
			parameters.put("baseline", latest.get("value").asNumber().doubleValue());
			parameters.put("baselineYear", latest.get("year").asInt());
			parameters.put("baselineSource", BaselineSource.OBSERVATION.name());
			parameters.put("baselineSeries", Records.string(latest.get("series")));
		}
		requireTargetAfterBaseline(draft.targetYear(), (Integer) parameters.get("baselineYear"));
		this.client.query(CREATE).bindAll(parameters).run();
		this.audit.record(actor, AuditAction.RESULT_RECORDED, TYPE, id, null, null, "the member State set a target of "
				+ MatchDelivery.amount(draft.target()) + " by " + draft.targetYear() + " for indicator "
				+ draft.indicatorCode() + " against a baseline of " + MatchDelivery.amount((Double) parameters.get("baseline"))
				+ " (" + parameters.get("baselineYear") + ", " + parameters.get("baselineSource") + ") for match " + matchId
				+ " of request " + request);
		MatchNotices.Facts notice = this.notices.facts(matchId);
		this.notices.tell(notice, NotificationType.RESULT_RECORDED, notice.countryName() + " set a target of "
				+ MatchDelivery.amount(draft.target()) + " by " + draft.targetYear() + " for indicator "
				+ draft.indicatorCode() + " (baseline " + MatchDelivery.amount((Double) parameters.get("baseline")) + " in "
				+ parameters.get("baselineYear") + ") for its request '" + notice.requestTitle() + "', supported by "
				+ notice.partnerName() + ".", MatchNotices.partner(notice), Audience.COORDINATION_GROUP);
		return this.results.findById(id).orElseThrow();
	}

	private static void requireTargetAfterBaseline(int targetYear, Integer baselineYear) {
		if (baselineYear != null && targetYear < baselineYear) {
			throw new InvalidInputException("input.targetYear", "must not be before the baseline's year " + baselineYear
					+ ", was " + targetYear);
		}
	}

}
