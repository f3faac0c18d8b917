package org.ilo.coalition.graph.ilostat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ilo.coalition.graph.cypher.KeysetPage;
import org.ilo.coalition.graph.cypher.Where;
import org.ilo.coalition.graph.indicator.IndicatorSeries;
import org.ilo.coalition.graph.indicator.LatestSeverity;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.paging.ResultPage;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The Cypher of imports: the catalogue they check against, observations and their history, and import records. */
@Repository
public class DataImportStore {

	/** The ordering of {@link #findPage}: newest first. */
	public static final String ORDERING = "imports";

	private static final String SERIES = """
			MATCH (s:IndicatorSeries)-[:SERIES_OF]->(i:Indicator)
			RETURN s.id AS id, i.code AS indicator, s.name AS name, s.unit AS unit, s.higherIsWorse AS higherIsWorse,
			       coalesce(s.thresholds, []) AS thresholds, coalesce(s.headline, []) AS headline
			ORDER BY s.position
			""";

	private static final String MEMBER_STATES = "MATCH (c:Country {memberState: true}) RETURN c.iso3 AS iso3";

	// The severities of the indicators a request's objective addresses in its country, by the severity rule
	// (LatestSeverity), those that have one.
	private static final String OPEN_REQUEST_SEVERITIES = """
			MATCH (r:SupportRequest)-[:FOR_COUNTRY]->(c:Country)
			WHERE r.status IN ['OPEN', 'PARTIALLY_MATCHED', 'IN_DELIVERY']
			MATCH (r)-[:FOR_OBJECTIVE]->(o:Objective)
			RETURN r.id AS id, c.iso3 AS iso3,
			       COLLECT {
			         MATCH (o)-[:ADDRESSES]->(i:Indicator)
			         WITH DISTINCT i
			         WITH $$severity AS latest
			         WHERE latest IS NOT NULL
			         RETURN latest
			       } AS severities
			""".replace("$$severity", LatestSeverity.SEVERITY);

	private static final String EXISTING = """
			UNWIND $ids AS id
			MATCH (o:DeficitObservation {id: id})
			RETURN o.id AS id, o.value AS value, o.obsStatus AS obsStatus, o.source AS source
			""";

	private static final String CREATE_IMPORT = """
			CREATE (:DataImport {id: $id, fileName: $fileName, format: $format, sha256: $sha256,
			                     startedAt: datetime($startedAt), status: 'RUNNING', actor: $actor, actorRole: $role})
			""";

	private static final String CREATE_OBSERVATIONS = """
			MATCH (imp:DataImport {id: $importId})
			UNWIND $rows AS row
			MATCH (c:Country {iso3: row.iso3})
			MATCH (i:Indicator {code: row.indicator})
			CREATE (o:DeficitObservation {id: row.id, series: row.series, year: row.year, value: row.value,
			                              severity: row.severity, obsStatus: row.obsStatus, source: row.source,
			                              classif1: row.classif1, alternatives: row.alternatives})
			CREATE (o)-[:OBSERVED_IN]->(c), (o)-[:OF_INDICATOR]->(i), (o)-[:IMPORTED_BY]->(imp)
			""";

	// The replaced figure becomes a revision that keeps the import it came from (and the one that replaced it, to undo
	// a failed import); the observation points at this one.
	private static final String REVISE_OBSERVATIONS = """
			MATCH (imp:DataImport {id: $importId})
			UNWIND $rows AS row
			MATCH (o:DeficitObservation {id: row.id})
			OPTIONAL MATCH (o)-[old:IMPORTED_BY]->(previous:DataImport)
			CREATE (o)-[:PREVIOUSLY]->(r:ObservationRevision {value: o.value, severity: o.severity,
			                                                 obsStatus: o.obsStatus, source: o.source,
			                                                 classif1: o.classif1, alternatives: o.alternatives,
			                                                 replacedAt: datetime($at), replacedBy: $importId})
			FOREACH (p IN CASE WHEN previous IS NULL THEN [] ELSE [previous] END | CREATE (r)-[:IMPORTED_BY]->(p))
			DELETE old
			SET o.value = row.value, o.severity = row.severity, o.obsStatus = row.obsStatus, o.source = row.source,
			    o.classif1 = row.classif1, o.alternatives = row.alternatives
			CREATE (o)-[:IMPORTED_BY]->(imp)
			""";

	// Undo, step 1: figures the import revised get their previous figure and import back.
	private static final String RESTORE_REVISED = """
			MATCH (o:DeficitObservation)-[:PREVIOUSLY]->(r:ObservationRevision {replacedBy: $importId})
			WITH o, r LIMIT $limit
			OPTIONAL MATCH (o)-[current:IMPORTED_BY]->(:DataImport {id: $importId})
			OPTIONAL MATCH (r)-[:IMPORTED_BY]->(previous:DataImport)
			SET o.value = r.value, o.severity = r.severity, o.obsStatus = r.obsStatus, o.source = r.source,
			    o.classif1 = r.classif1, o.alternatives = r.alternatives
			DELETE current
			FOREACH (p IN CASE WHEN previous IS NULL THEN [] ELSE [previous] END | CREATE (o)-[:IMPORTED_BY]->(p))
			DETACH DELETE r
			RETURN count(*) AS restored
			""";

	// Undo, step 2: what still points at the import after step 1 was created by it.
	private static final String DELETE_CREATED = """
			MATCH (o:DeficitObservation)-[:IMPORTED_BY]->(:DataImport {id: $importId})
			WITH o LIMIT $limit
			DETACH DELETE o
			RETURN count(*) AS deleted
			""";

	// One import at a time: the lock node serializes the check, and a running import's record says it is running.
	private static final String LOCK_AND_FIND_RUNNING = """
			MERGE (l:__ImportLock {id: 'imports'})
			SET l.lockedAt = datetime()
			RETURN COLLECT { MATCH (imp:DataImport {status: 'RUNNING'}) RETURN imp.id }[0] AS running
			""";

	private static final String RUNNING = "MATCH (imp:DataImport {status: 'RUNNING'}) RETURN imp.id AS id";

	private static final String MARK_INTERRUPTED = """
			MATCH (imp:DataImport {id: $id})
			SET imp.status = 'FAILED', imp.error = $error, imp.endedAt = datetime()
			""";

	private static final String COMPLETE_IMPORT = """
			MATCH (imp:DataImport {id: $id})
			SET imp += $properties, imp.endedAt = datetime($endedAt)
			WITH imp
			UNWIND $changes AS change
			MATCH (r:SupportRequest {id: change.requestId})
			CREATE (imp)-[:CHANGED_PRIORITY {before: change.before, after: change.after}]->(r)
			""";

	// A refused file has no record yet; a failed write has its RUNNING one.
	private static final String RECORD_UNSUCCESSFUL = """
			MERGE (imp:DataImport {id: $id})
			SET imp.fileName = $fileName, imp.sha256 = $sha256, imp.startedAt = datetime($startedAt),
			    imp.actor = $actor, imp.actorRole = $role
			SET imp += $properties, imp.endedAt = datetime($endedAt)
			""";

	private static final String COMPLETED_WITH_CHECKSUM = """
			RETURN EXISTS { MATCH (imp:DataImport {sha256: $sha256}) WHERE imp.status = 'COMPLETED' } AS found
			""";

	private static final String VIEW = """
			imp {.*, startedAt: toString(imp.startedAt), endedAt: toString(imp.endedAt),
			     changes: COLLECT { MATCH (imp)-[c:CHANGED_PRIORITY]->(r:SupportRequest)-[:FOR_COUNTRY]->(country)
			                        RETURN {requestId: r.id, iso3: country.iso3, before: c.before, after: c.after}
			                        ORDER BY r.id }}
			""";

	private static final String PAGE = """
			CALL () {
			  MATCH (imp:DataImport) WHERE $$filter
			  RETURN count(imp) AS total
			}
			CALL () {
			  MATCH (imp:DataImport) WHERE $$filter AND $$after
			  WITH imp ORDER BY imp.startedAt DESC, imp.id DESC LIMIT $limit
			  RETURN collect(%s) AS page
			}
			RETURN total, page
			""".formatted(VIEW);

	private static final String AFTER = """
			(imp.startedAt < datetime($afterAt) OR (imp.startedAt = datetime($afterAt) AND imp.id < $afterId))""";

	private static final String BY_ID = "MATCH (imp:DataImport {id: $id}) RETURN %s AS view".formatted(VIEW);

	private static final String BY_IDS = """
			UNWIND $ids AS id
			MATCH (imp:DataImport {id: id})
			RETURN %s AS view""".formatted(VIEW);

	private final Neo4jClient client;

	DataImportStore(Neo4jClient client) {
		this.client = client;
	}

	/** The catalogue's series as the graph holds them, in catalogue order. */
	List<IndicatorSeries> series() {
		return List.copyOf(this.client.query(SERIES).fetchAs(IndicatorSeries.class).mappedBy((types, r) ->
				new IndicatorSeries(r.get("id").asString(), r.get("indicator").asString(), Records.string(r.get("name")),
						Records.string(r.get("unit")), r.get("higherIsWorse").asBoolean(true),
						r.get("thresholds").asList(Value::asDouble), r.get("headline").asList(Value::asString)))
			.all());
	}

	Set<String> memberStates() {
		return new HashSet<>(this.client.query(MEMBER_STATES).fetchAs(String.class).all());
	}

	/** Each open request's severity ({@code null} when nothing it addresses has data), by request id. */
	Map<String, SeverityChange> openRequestSeverities() {
		Map<String, SeverityChange> severities = new HashMap<>();
		this.client.query(OPEN_REQUEST_SEVERITIES).fetch().all().forEach((r) -> {
			Integer severity = ((List<?>) r.get("severities")).stream()
				.map((s) -> ((Number) s).intValue())
				.max(Integer::compare)
				.orElse(null);
			String id = (String) r.get("id");
			severities.put(id, new SeverityChange(id, (String) r.get("iso3"), severity, severity));
		});
		return severities;
	}

	/** The stored figure of each of {@code ids} that exists. */
	Map<String, Stored> existing(Collection<String> ids) {
		Map<String, Stored> stored = new HashMap<>();
		this.client.query(EXISTING).bind(List.copyOf(ids)).to("ids").fetch().all().forEach((r) -> stored.put(
				(String) r.get("id"), new Stored(((Number) r.get("value")).doubleValue(), (String) r.get("obsStatus"),
						(String) r.get("source"))));
		return stored;
	}

	void createImport(String id, String fileName, FileFormat format, String sha256, OffsetDateTime startedAt,
			String actor, String role) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("fileName", fileName);
		parameters.put("format", format.name());
		parameters.put("sha256", sha256);
		parameters.put("startedAt", startedAt.toString());
		parameters.put("actor", actor);
		parameters.put("role", role);
		this.client.query(CREATE_IMPORT).bindAll(parameters).run();
	}

	void createObservations(String importId, List<Map<String, Object>> rows) {
		this.client.query(CREATE_OBSERVATIONS).bindAll(Map.of("importId", importId, "rows", rows)).run();
	}

	void reviseObservations(String importId, OffsetDateTime at, List<Map<String, Object>> rows) {
		this.client.query(REVISE_OBSERVATIONS)
			.bindAll(Map.of("importId", importId, "rows", rows, "at", at.toString()))
			.run();
	}

	void completeImport(DataImportView view) {
		List<Map<String, Object>> changes = new ArrayList<>();
		for (SeverityChange change : view.severityChanges()) {
			Map<String, Object> row = new HashMap<>();
			row.put("requestId", change.requestId());
			row.put("before", change.before() == null ? null : change.before().longValue());
			row.put("after", change.after() == null ? null : change.after().longValue());
			changes.add(row);
		}
		this.client.query(COMPLETE_IMPORT)
			.bindAll(Map.of("id", view.id(), "properties", properties(view), "endedAt", view.endedAt().toString(),
					"changes", changes))
			.run();
	}

	/** Records a refused or failed import in the caller's transaction. */
	void recordUnsuccessful(DataImportView view) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", view.id());
		parameters.put("fileName", view.fileName());
		parameters.put("sha256", view.sha256());
		parameters.put("startedAt", view.startedAt().toString());
		parameters.put("endedAt", view.endedAt().toString());
		parameters.put("actor", view.actor());
		parameters.put("role", view.actorRole());
		parameters.put("properties", properties(view));
		this.client.query(RECORD_UNSUCCESSFUL).bindAll(parameters).run();
	}

	private static Map<String, Object> properties(DataImportView view) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("status", view.status().name());
		if (view.format() != null) {
			properties.put("format", view.format().name());
		}
		properties.put("rowsRead", view.rowsRead());
		properties.put("created", view.created());
		properties.put("updated", view.updated());
		properties.put("unchanged", view.unchanged());
		List<String> reasons = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		view.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((e) -> {
			reasons.add(e.getKey().name());
			counts.add(e.getValue());
		});
		properties.put("skippedReasons", reasons);
		properties.put("skippedCounts", counts);
		if (view.error() != null) {
			properties.put("error", view.error());
		}
		return properties;
	}

	/** Takes the imports' lock for the caller's transaction; returns the id of a running import, or null. */
	String lockImportsAndFindRunning() {
		return this.client.query(LOCK_AND_FIND_RUNNING).fetchAs(String.class)
			.mappedBy((types, r) -> Records.string(r.get("running")))
			.one()
			.orElse(null);
	}

	List<String> runningImports() {
		return List.copyOf(this.client.query(RUNNING).fetchAs(String.class).all());
	}

	void markInterrupted(String id, String error) {
		this.client.query(MARK_INTERRUPTED).bindAll(Map.of("id", id, "error", error)).run();
	}

	/** Restores up to {@code limit} figures the import revised; returns how many. */
	long restoreRevisedBy(String importId, int limit) {
		return this.client.query(RESTORE_REVISED).bindAll(Map.of("importId", importId, "limit", (long) limit))
			.fetchAs(Long.class).one().orElse(0L);
	}

	/** Deletes up to {@code limit} observations the import created; returns how many. */
	long deleteCreatedBy(String importId, int limit) {
		return this.client.query(DELETE_CREATED).bindAll(Map.of("importId", importId, "limit", (long) limit))
			.fetchAs(Long.class).one().orElse(0L);
	}

	boolean completedWithChecksum(String sha256) {
		return this.client.query(COMPLETED_WITH_CHECKSUM).bind(sha256).to("sha256").fetchAs(Boolean.class).one()
			.orElse(false);
	}

	/** Imports, newest first, optionally only those of one status. */
	public ResultPage<DataImportView> findPage(ImportStatus status, int first, Cursor after) {
		Where where = new Where().and("status", status == null ? null : status.name(), "imp.status = $status");
		return KeysetPage.read(this.client, PAGE, where, AFTER,
				after == null ? Map.of() : Map.of("afterAt", after.sortKey(), "afterId", after.id()), first,
				DataImportStore::toView);
	}

	public Optional<DataImportView> findById(String id) {
		return this.client.query(BY_ID).bind(id).to("id").fetchAs(DataImportView.class)
			.mappedBy((types, r) -> toView(r.get("view")))
			.one();
	}

	/** The imports of {@code ids} that exist, by id, in one statement. */
	public Map<String, DataImportView> findByIds(Collection<String> ids) {
		Map<String, DataImportView> found = new HashMap<>();
		this.client.query(BY_IDS).bind(List.copyOf(ids)).to("ids").fetchAs(DataImportView.class)
			.mappedBy((types, r) -> toView(r.get("view")))
			.all()
			.forEach((view) -> found.put(view.id(), view));
		return found;
	}

	/** The cursor that points at {@code view} in the newest-first ordering. */
	public static Cursor cursorOf(DataImportView view) {
		return new Cursor(ORDERING, view.startedAt().toString(), view.id());
	}

	private static DataImportView toView(Value v) {
		Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
		List<String> reasons = v.get("skippedReasons").isNull() ? List.of() : v.get("skippedReasons").asList(Value::asString);
		List<Long> counts = v.get("skippedCounts").isNull() ? List.of() : v.get("skippedCounts").asList(Value::asLong);
		for (int i = 0; i < reasons.size(); i++) {
			skipped.put(SkipReason.valueOf(reasons.get(i)), counts.get(i));
		}
		List<SeverityChange> changes = v.get("changes").asList((c) -> new SeverityChange(c.get("requestId").asString(),
				Records.string(c.get("iso3")), c.get("before").isNull() ? null : c.get("before").asInt(),
				c.get("after").isNull() ? null : c.get("after").asInt()));
		return new DataImportView(v.get("id").asString(), Records.string(v.get("fileName")),
				v.get("format").isNull() ? null : FileFormat.valueOf(v.get("format").asString()),
				Records.string(v.get("sha256")), OffsetDateTime.parse(v.get("startedAt").asString()),
				v.get("endedAt").isNull() ? null : OffsetDateTime.parse(v.get("endedAt").asString()),
				ImportStatus.valueOf(v.get("status").asString()), v.get("rowsRead").asLong(0), v.get("created").asLong(0),
				v.get("updated").asLong(0), v.get("unchanged").asLong(0), skipped, changes,
				Records.string(v.get("actor")), Records.string(v.get("actorRole")), Records.string(v.get("error")));
	}

	/** A figure as stored, to compare with the file's. */
	record Stored(double value, String obsStatus, String source) {
	}

}
