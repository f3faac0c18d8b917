package org.ilo.coalition.graph.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.command.IdempotencyKey;
import org.ilo.coalition.graph.command.IdempotencyKeys;
import org.ilo.coalition.graph.command.InvalidInputException;
import org.ilo.coalition.graph.command.RetryOnTransientError;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records member States' national strategies and their objectives. */
@Service
public class StrategyService {

	private final Neo4jClient client;

	private final AuditLog audit;

	private final IdempotencyKeys keys;

	public StrategyService(Neo4jClient client, AuditLog audit, IdempotencyKeys keys) {
		this.client = client;
		this.audit = audit;
		this.keys = keys;
	}

	/** Records a strategy with its objectives in one transaction; returns the strategy's id. */
	@Transactional
	public String record(Actor actor, StrategyDraft draft) {
		return create(actor, draft, UUID.randomUUID().toString());
	}

	/**
	 * {@link #record(Actor, StrategyDraft)} under the caller's idempotency key: a repetition within the window returns
	 * the first strategy's id and writes nothing, which also makes it safe to retry.
	 * @throws ConflictException when the key was used for a different strategy
	 */
	@Transactional
	@RetryOnTransientError
	public String record(Actor actor, StrategyDraft draft, IdempotencyKey key) {
		String id = UUID.randomUUID().toString();
		return this.keys.claim(key, "recordNationalStrategy", draft, id).orElseGet(() -> create(actor, draft, id));
	}

	private String create(Actor actor, StrategyDraft draft, String id) {
		List<Map<String, Object>> objectives = new ArrayList<>();
		for (StrategyDraft.ObjectiveDraft objective : draft.objectives()) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", UUID.randomUUID().toString());
			row.put("title", objective.title());
			row.put("description", objective.description());
			row.put("supportKinds", objective.supportKinds().stream().map(Enum::name).toList());
			row.put("aligned", objective.alignedWithCooperationFramework());
			row.put("indicators", objective.indicatorCodes());
			row.put("expertise", objective.expertiseCodes());
			row.put("programmes", objective.programmeCodes());
			objectives.add(row);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("iso3", draft.countryIso3());
		parameters.put("title", draft.title());
		parameters.put("summary", draft.summary());
		parameters.put("dialogueDate", draft.dialogueDate());
		parameters.put("start", draft.periodStart());
		parameters.put("end", draft.periodEnd());
		parameters.put("objectives", objectives);
		boolean created = this.client.query("""
				MATCH (c:Country {iso3: $iso3})
				CREATE (s:NationalStrategy {id: $id, version: 0, title: $title, summary: $summary,
				        dialogueDate: $dialogueDate, periodStart: $start, periodEnd: $end, createdAt: datetime()})
				CREATE (s)-[:FOR_COUNTRY]->(c)
				WITH s
				CALL (s) {
				  UNWIND $objectives AS row
				  CREATE (s)-[:HAS_OBJECTIVE]->(o:Objective {id: row.id, title: row.title, description: row.description,
				          supportKinds: row.supportKinds, alignedWithCooperationFramework: row.aligned})
				  WITH o, row
				  CALL (o, row) { UNWIND row.indicators AS code MATCH (i:Indicator {code: code}) CREATE (o)-[:ADDRESSES]->(i) }
				  CALL (o, row) { UNWIND row.expertise AS code MATCH (e:Expertise {code: code}) CREATE (o)-[:NEEDS_EXPERTISE]->(e) }
				  CALL (o, row) { UNWIND row.programmes AS code MATCH (g:PriorityProgramme {code: code}) CREATE (o)-[:ALIGNED_WITH]->(g) }
				}
				RETURN s.id AS id
				""").bindAll(parameters).fetch().one().isPresent();
		if (!created) {
			throw new InvalidInputException("input.country", "is not a known country: '" + draft.countryIso3() + "'");
		}
		this.audit.record(actor, AuditAction.STRATEGY_RECORDED, "NationalStrategy", id, null, "RECORDED",
				"strategy '" + draft.title() + "' of " + draft.countryIso3() + " with " + objectives.size() + " objectives");
		return id;
	}

}
