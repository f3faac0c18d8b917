package org.ilo.coalition.graph.workstream;

import java.util.Collection;
import java.util.List;

import org.ilo.coalition.graph.cypher.Where;
import org.ilo.coalition.graph.paging.Records;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Read queries for work streams. */
@Repository
public class WorkStreamRepository {

	private static final String PROJECTION = """
			w {
			  .id, .name, .description,
			  programme: COLLECT { MATCH (w)-[:ON_PROGRAMME]->(g:PriorityProgramme) RETURN g.code }[0],
			  lead: COLLECT { MATCH (w)<-[:LEADS]-(p:Partner) RETURN p.id }[0],
			  supporters: COLLECT { MATCH (w)<-[:SUPPORTS]-(p:Partner) RETURN p.id ORDER BY p.normalizedName, p.id }
			}""";

	private static final String ALL = """
			MATCH (w:WorkStream) WHERE $$filter
			WITH w ORDER BY w.name, w.id
			RETURN %s AS row
			""".formatted(PROJECTION);

	private static final String BY_IDS = """
			MATCH (w:WorkStream) WHERE w.id IN $ids
			RETURN %s AS row
			""".formatted(PROJECTION);

	private final Neo4jClient client;

	WorkStreamRepository(Neo4jClient client) {
		this.client = client;
	}

	/** All work streams by name, or only those on {@code programmeCode} when it is not {@code null}. */
	public List<WorkStreamView> findViews(String programmeCode) {
		Where where = new Where().and("programme", programmeCode,
				"EXISTS { (w)-[:ON_PROGRAMME]->(:PriorityProgramme {code: $programme}) }");
		return List.copyOf(this.client.query(ALL.replace("$$filter", where.conditions())).bindAll(where.parameters())
			.fetchAs(WorkStreamView.class)
			.mappedBy((types, record) -> toView(record.get("row"))).all());
	}

	/** Work streams with these ids; unknown ids are skipped. */
	public List<WorkStreamView> findViewsByIds(Collection<String> ids) {
		return List.copyOf(this.client.query(BY_IDS).bind(List.copyOf(ids)).to("ids").fetchAs(WorkStreamView.class)
			.mappedBy((types, record) -> toView(record.get("row"))).all());
	}

	private static WorkStreamView toView(Value w) {
		return new WorkStreamView(w.get("id").asString(), w.get("name").asString(), Records.string(w.get("description")),
				Records.string(w.get("programme")), Records.string(w.get("lead")), Records.strings(w.get("supporters")));
	}

}
