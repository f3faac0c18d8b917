package org.ilo.coalition.graph.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.command.NodeLocks;
import org.ilo.coalition.graph.command.NodeLocks.Lockable;
import org.ilo.coalition.graph.command.NodeLocks.Locked;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.paging.ResultPage;
import org.neo4j.driver.Value;
import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.notification.NotificationDraft;
import org.ilo.coalition.graph.notification.NotificationType;
import org.ilo.coalition.graph.notification.Notifications;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching runs in the graph: {@code (:MatchRun)} nodes through their lifecycle, and the suggestions a completed run
 * writes, each change in one transaction with its audit event.
 */
@Component
public class MatchRunStore {

	/** The ordering name that run cursors carry. */
	public static final String ORDERING = "matchRun";

	private static final String TYPE = "MatchRun";

	// One node that every start locks first, so that two starts never both see "no overlapping active run".
	private static final String LOCK_STARTS = "MERGE (l:__MatchingLock {id: 'runs'}) SET l.__lock = true REMOVE l.__lock";

	private static final String ACTIVE = "MATCH (r:MatchRun) WHERE r.status IN ['QUEUED', 'SOLVING'] RETURN r {.*} AS run";

	private static final String CREATE = """
			CREATE (r:MatchRun {id: $id, status: 'QUEUED', countries: $countries, thematicAreas: $areas,
			                    requestIds: $requestIds, timeLimitSeconds: $timeLimit, createdAt: datetime(),
			                    createdBy: $actor})
			""";

	private static final String MARK_SOLVING = """
			MATCH (r:MatchRun {id: $id}) WHERE r.status = 'QUEUED'
			SET r.status = 'SOLVING', r.startedAt = datetime()
			RETURN count(r) AS changed
			""";

	private static final String END = """
			MATCH (r:MatchRun {id: $id}) WHERE r.status IN ['QUEUED', 'SOLVING']
			SET r.status = $status, r.endedAt = datetime(), r.failureReason = $reason
			RETURN count(r) AS changed
			""";

	// Earlier runs' proposals for the requests this run planned are out of date once it completes.
	private static final String SUPERSEDE = """
			MATCH (m:MatchSuggestion {status: 'PROPOSED'})-[:FOR_REQUEST]->(q:SupportRequest)
			WHERE q.id IN $requests AND NOT EXISTS { (m)-[:IN_RUN]->(:MatchRun {id: $run}) }
			SET m.status = 'SUPERSEDED', m.supersededAt = datetime(), m.supersededBy = $run
			RETURN count(m) AS superseded
			""";

	private static final String WRITE_SUGGESTIONS = """
			MATCH (run:MatchRun {id: $run})
			UNWIND $rows AS row
			MATCH (q:SupportRequest {id: row.request}), (o:Offer {id: row.offer}), (p:Partner {id: row.partner})
			CREATE (m:MatchSuggestion {id: row.id, status: 'PROPOSED', amount: row.amount, unit: row.unit, rank: row.rank,
			        createdAt: datetime(), impactHard: row.impact[0], impactMedium: row.impact[1], impactSoft: row.impact[2],
			        reasonConstraints: row.constraints, reasonSentences: row.sentences, reasonHard: row.hard,
			        reasonMedium: row.medium, reasonSoft: row.soft, nextBestOfferId: row.nextOffer,
			        nextBestPartnerId: row.nextPartner, nextBestHard: row.next[0], nextBestMedium: row.next[1],
			        nextBestSoft: row.next[2], nextBestSentence: row.nextSentence})
			CREATE (m)-[:FOR_REQUEST]->(q), (m)-[:FROM_OFFER]->(o), (m)-[:FROM_PARTNER]->(p), (m)-[:IN_RUN]->(run)
			RETURN count(m) AS written
			""";

	// A relationship rather than a list property on the run: the request stays one hop away for reading, and a request
	// deleted later takes its entries with it instead of leaving a dangling id.
	private static final String WRITE_UNMET = """
			MATCH (run:MatchRun {id: $run})
			UNWIND $rows AS row
			MATCH (q:SupportRequest {id: row.request})
			CREATE (run)-[:LEFT_UNMET {reason: row.reason, amount: row.amount}]->(q)
			RETURN count(q) AS written
			""";

	private static final String UNMET_BY_RUNS = """
			MATCH (r:MatchRun)-[u:LEFT_UNMET]->(q:SupportRequest) WHERE r.id IN $ids
			RETURN r.id AS run, q.id AS request, u.reason AS reason, u.amount AS amount
			ORDER BY q.deadline, q.id
			""";

	private static final String COMPLETE = """
			MATCH (r:MatchRun {id: $id})
			SET r.status = 'COMPLETED', r.endedAt = datetime(), r.hardScore = $score[0], r.mediumScore = $score[1],
			    r.softScore = $score[2], r.parts = $counts[0], r.assigned = $counts[1], r.suggestions = $counts[2],
			    r.unmet = $counts[3], r.solveMillis = $solveMillis, r.explainMillis = $explainMillis
			""";

	private static final String INTERRUPTED = """
			MATCH (r:MatchRun) WHERE r.status IN ['QUEUED', 'SOLVING']
			SET r.status = 'FAILED', r.endedAt = datetime(), r.failureReason = $reason
			RETURN r.id AS id
			""";

	private static final String BY_IDS = "MATCH (r:MatchRun) WHERE r.id IN $ids RETURN r {.*} AS run";

	private static final String PAGE = """
			CALL () {
			  MATCH (r:MatchRun) RETURN count(r) AS total
			}
			CALL () {
			  MATCH (r:MatchRun) WHERE $$after
			  WITH r ORDER BY r.createdAt DESC, r.id DESC LIMIT $limit
			  RETURN collect(r {.*}) AS page
			}
			RETURN total, page
			""";

	private static final String AFTER = "r.createdAt < datetime($afterAt) OR (r.createdAt = datetime($afterAt) AND r.id < $afterId)";

	/** The reason given to runs that were active when the application stopped. */
	public static final String INTERRUPTED_REASON = "interrupted by a restart";

	private final Neo4jClient client;

	private final NodeLocks locks;

	private final AuditLog audit;

	private final Notifications notifications;

	public MatchRunStore(Neo4jClient client, NodeLocks locks, AuditLog audit, Notifications notifications) {
		this.client = client;
		this.locks = locks;
		this.audit = audit;
		this.notifications = notifications;
	}

	/**
	 * Records a new QUEUED run unless an active run's scope overlaps {@code scope}; returns the new run.
	 * @throws ConflictException when an overlapping run is queued or solving
	 */
	@Transactional
	public MatchRunView start(Actor actor, MatchScope scope, int timeLimitSeconds) {
		this.client.query(LOCK_STARTS).run();
		for (MatchRunView active : this.client.query(ACTIVE).fetchAs(MatchRunView.class)
			.mappedBy((types, record) -> toView(record.get("run"))).all()) {
			if (active.scope().overlaps(scope)) {
				throw new ConflictException("input", "Matching run '" + active.id() + "' (" + active.status()
						+ ") covers an overlapping scope; wait for it to end or cancel it");
			}
		}
		String id = UUID.randomUUID().toString();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("countries", scope.countries());
		parameters.put("areas", scope.thematicAreas());
		parameters.put("requestIds", scope.requestIds());
		parameters.put("timeLimit", timeLimitSeconds);
		parameters.put("actor", actor.username());
		this.client.query(CREATE).bindAll(parameters).run();
		this.audit.record(actor, AuditAction.MATCHING_STARTED, TYPE, id, null, MatchRunStatus.QUEUED.name(),
				"matching run started for " + describe(scope) + ", " + timeLimitSeconds + " s");
		return findById(id).orElseThrow();
	}

	/** QUEUED to SOLVING; false when the run is no longer queued (cancelled meanwhile). */
	@Transactional
	public boolean markSolving(String id) {
		return changed(this.client.query(MARK_SOLVING).bind(id).to("id").fetch().one());
	}

	/**
	 * Writes the run's suggestions and the requests it left unmet, supersedes earlier proposals for the requests it
	 * planned and marks it COMPLETED, all in one transaction; does nothing and returns false when the run is no longer
	 * SOLVING (cancelled). Each suggestion stores its position in {@link SuggestionDraft#RUN_ORDER} as {@code rank}.
	 */
	@Transactional
	public boolean complete(String id, ScoreValue score, RunCounts counts, Collection<String> plannedRequestIds,
			List<SuggestionDraft> suggestions, List<UnmetRequest> unmet, long solveMillis, long explainMillis) {
		Locked run = this.locks.lockExisting(Lockable.MATCH_RUN, id, "runId", "matching run");
		if (!MatchRunStatus.SOLVING.name().equals(run.status())) {
			return false;
		}
		long superseded = this.client.query(SUPERSEDE)
			.bindAll(Map.of("requests", List.copyOf(plannedRequestIds), "run", id)).fetchAs(Long.class)
			.mappedBy((types, record) -> record.get("superseded").asLong()).one().orElse(0L);
		List<Map<String, Object>> rows = new ArrayList<>();
		List<SuggestionDraft> ranked = suggestions.stream().sorted(SuggestionDraft.RUN_ORDER).toList();
		for (int rank = 0; rank < ranked.size(); rank++) {
			rows.add(row(ranked.get(rank), rank));
		}
		long written = this.client.query(WRITE_SUGGESTIONS).bindAll(Map.of("run", id, "rows", rows))
			.fetchAs(Long.class).mappedBy((types, record) -> record.get("written").asLong()).one().orElse(0L);
		if (written != rows.size()) {
			// A request, offer or partner vanished while the run solved: write nothing rather than half a plan.
			throw new IllegalStateException("Only " + written + " of " + rows.size()
					+ " suggestions could be linked; the graph changed during the run");
		}
		List<Map<String, Object>> unmetRows = unmet.stream().<Map<String, Object>>map((request) -> Map.of("request",
				request.requestId(), "reason", request.reason().name(), "amount", request.amount())).toList();
		long linked = this.client.query(WRITE_UNMET).bindAll(Map.of("run", id, "rows", unmetRows)).fetchAs(Long.class)
			.mappedBy((types, record) -> record.get("written").asLong()).one().orElse(0L);
		if (linked != unmetRows.size()) {
			throw new IllegalStateException("Only " + linked + " of " + unmetRows.size()
					+ " unmet requests could be linked; the graph changed during the run");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("score", List.of(score.hard(), score.medium(), score.soft()));
		parameters.put("counts", List.of(counts.parts(), counts.assigned(), counts.suggestions(), counts.unmet()));
		parameters.put("solveMillis", solveMillis);
		parameters.put("explainMillis", explainMillis);
		this.client.query(COMPLETE).bindAll(parameters).run();
		this.audit.record(Actor.SYSTEM, AuditAction.MATCHING_COMPLETED, TYPE, id, MatchRunStatus.SOLVING.name(),
				MatchRunStatus.COMPLETED.name(), "best score " + score + ", " + counts.suggestions() + " suggestions, "
						+ superseded + " earlier proposals superseded");
		String createdBy = this.client.query("MATCH (r:MatchRun {id: $id}) RETURN r.createdBy").bind(id).to("id")
			.fetchAs(String.class).one().orElse("");
		if (MatchLifecycle.REMATCHING.username().equals(createdBy)) {
			this.notifications.publish(new NotificationDraft(NotificationType.REMATCH_SUGGESTIONS_READY, TYPE, id,
					"A re-matching run after a declined, expired or retracted match suggested " + counts.suggestions()
							+ " offer(s) for " + plannedRequestIds.size() + " request(s); they wait for review.",
					plannedRequestIds.size() == 1 ? plannedRequestIds.iterator().next() : null, null, null,
					List.of(Audience.COORDINATION_GROUP)));
		}
		return true;
	}

	/** Marks an active run FAILED with {@code reason}; false when it had already ended. */
	@Transactional
	public boolean fail(String id, String reason) {
		boolean changed = end(id, MatchRunStatus.FAILED, reason);
		if (changed) {
			this.audit.record(Actor.SYSTEM, AuditAction.MATCHING_FAILED, TYPE, id, null, MatchRunStatus.FAILED.name(),
					reason);
		}
		return changed;
	}

	/**
	 * Marks an active run CANCELLED; nothing it found is written.
	 * @throws NotFoundException when there is no such run
	 * @throws ConflictException when it has already ended
	 */
	@Transactional
	public MatchRunView cancel(Actor actor, String id) {
		Locked run = this.locks.lockExisting(Lockable.MATCH_RUN, id, "runId", "matching run");
		String before = String.valueOf(run.status());
		if (!end(id, MatchRunStatus.CANCELLED, null)) {
			throw new ConflictException("runId", "Matching run '" + id + "' is " + before + " and cannot be cancelled");
		}
		this.audit.record(actor, AuditAction.MATCHING_CANCELLED, TYPE, id, before, MatchRunStatus.CANCELLED.name(),
				"matching run cancelled");
		return findById(id).orElseThrow();
	}

	/** Marks every run still QUEUED or SOLVING as FAILED (they were lost when the application stopped). */
	@Transactional
	public List<String> failInterrupted() {
		List<String> ids = List.copyOf(this.client.query(INTERRUPTED).bind(INTERRUPTED_REASON).to("reason")
			.fetchAs(String.class).mappedBy((types, record) -> record.get("id").asString()).all());
		for (String id : ids) {
			this.audit.record(Actor.SYSTEM, AuditAction.MATCHING_FAILED, TYPE, id, null, MatchRunStatus.FAILED.name(),
					INTERRUPTED_REASON);
		}
		return ids;
	}

	@Transactional(readOnly = true)
	public Optional<MatchRunView> findById(String id) {
		return findByIds(List.of(id)).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public List<MatchRunView> findByIds(Collection<String> ids) {
		return List.copyOf(this.client.query(BY_IDS).bind(List.copyOf(ids)).to("ids").fetchAs(MatchRunView.class)
			.mappedBy((types, record) -> toView(record.get("run"))).all());
	}

	/** The requests each of {@code runIds} left unmet, soonest deadline first; runs without any are left out. */
	@Transactional(readOnly = true)
	public Map<String, List<UnmetRequest>> findUnmetByRuns(Collection<String> runIds) {
		Map<String, List<UnmetRequest>> byRun = new HashMap<>();
		this.client.query(UNMET_BY_RUNS).bind(List.copyOf(runIds)).to("ids").fetch().all().forEach((row) -> byRun
			.computeIfAbsent((String) row.get("run"), (run) -> new ArrayList<>())
			.add(new UnmetRequest((String) row.get("request"), UnmetReason.valueOf((String) row.get("reason")),
					((Number) row.get("amount")).doubleValue())));
		return byRun;
	}

	/** Runs newest first. */
	@Transactional(readOnly = true)
	public ResultPage<MatchRunView> findPage(int first, Cursor after) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("afterAt", after == null ? null : after.sortKey());
		parameters.put("afterId", after == null ? null : after.id());
		parameters.put("limit", first + 1);
		record Fetched(List<MatchRunView> runs, long total) {
		}
		Fetched fetched = this.client.query(PAGE.replace("$$after", after == null ? "true" : AFTER)).bindAll(parameters).fetchAs(Fetched.class)
			.mappedBy((types, record) -> new Fetched(record.get("page").asList(MatchRunStore::toView),
					record.get("total").asLong()))
			.one().orElseThrow();
		return ResultPage.ofLookahead(fetched.runs(), first, fetched.total());
	}

	/** The cursor that points at {@code run} in the newest-first ordering. */
	public static Cursor cursorOf(MatchRunView run) {
		return new Cursor(ORDERING, run.createdAt().toString(), run.id());
	}

	private boolean end(String id, MatchRunStatus status, String reason) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("status", status.name());
		parameters.put("reason", reason);
		return changed(this.client.query(END).bindAll(parameters).fetch().one());
	}

	private static boolean changed(Optional<Map<String, Object>> row) {
		return row.map((r) -> ((Number) r.get("changed")).longValue() > 0).orElse(false);
	}

	private static Map<String, Object> row(SuggestionDraft draft, int rank) {
		SuggestionExplanation explanation = draft.explanation();
		Map<String, Object> row = new HashMap<>();
		row.put("id", UUID.randomUUID().toString());
		row.put("request", draft.requestId());
		row.put("offer", draft.offerId());
		row.put("partner", draft.partnerId());
		row.put("amount", draft.amount());
		row.put("unit", draft.unit());
		row.put("rank", rank);
		row.put("impact", scoreList(explanation.impact()));
		row.put("constraints", explanation.reasons().stream().map(SuggestionExplanation.Reason::constraint).toList());
		row.put("sentences", explanation.reasons().stream().map(SuggestionExplanation.Reason::sentence).toList());
		row.put("hard", explanation.reasons().stream().map((r) -> r.impact().hard()).toList());
		row.put("medium", explanation.reasons().stream().map((r) -> r.impact().medium()).toList());
		row.put("soft", explanation.reasons().stream().map((r) -> r.impact().soft()).toList());
		SuggestionExplanation.Alternative next = explanation.nextBest();
		row.put("nextOffer", next == null ? null : next.offerId());
		row.put("nextPartner", next == null ? null : next.partnerId());
		row.put("next", next == null ? null : scoreList(next.scoreDifference()));
		row.put("nextSentence", next == null ? null : next.sentence());
		return row;
	}

	private static List<Long> scoreList(ScoreValue score) {
		return List.of(score.hard(), score.medium(), score.soft());
	}

	private static String describe(MatchScope scope) {
		if (scope.isEverything()) {
			return "every open request";
		}
		List<String> parts = new ArrayList<>();
		if (!scope.countries().isEmpty()) {
			parts.add("countries " + scope.countries());
		}
		if (!scope.thematicAreas().isEmpty()) {
			parts.add("areas " + scope.thematicAreas());
		}
		if (!scope.requestIds().isEmpty()) {
			parts.add(scope.requestIds().size() + " requests");
		}
		return String.join(", ", parts);
	}

	static MatchRunView toView(Value r) {
		ScoreValue score = r.get("hardScore").isNull() ? null
				: new ScoreValue(r.get("hardScore").asLong(), r.get("mediumScore").asLong(), r.get("softScore").asLong());
		RunCounts counts = r.get("parts").isNull() ? null
				: new RunCounts(r.get("parts").asInt(), r.get("assigned").asInt(), r.get("suggestions").asInt(),
						r.get("unmet").asInt());
		return new MatchRunView(r.get("id").asString(), MatchRunStatus.valueOf(r.get("status").asString()),
				new MatchScope(Records.strings(r.get("countries")), Records.strings(r.get("thematicAreas")),
						Records.strings(r.get("requestIds"))),
				r.get("timeLimitSeconds").asInt(0), Records.dateTime(r.get("createdAt")),
				Records.dateTime(r.get("startedAt")), Records.dateTime(r.get("endedAt")), score, counts,
				Records.string(r.get("failureReason")), Records.string(r.get("createdBy")),
				r.get("solveMillis").isNull() ? null : r.get("solveMillis").asLong(),
				r.get("explainMillis").isNull() ? null : r.get("explainMillis").asLong());
	}

}
