package org.ilo.coalition.graph.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.cypher.Where;
import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.paging.ResultPage;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports frozen under a label (issue 15, docs/reports.md "Snapshots"): the report's JSON exactly as it was computed,
 * with what was asked. Snapshots are immutable: this service creates and reads them and has no way to change one.
 */
@Service
public class ReportSnapshots {

	static final String TYPE = "ReportSnapshot";

	/**
	 * A frozen report.
	 * @param report the report's name, as in its URL ({@code coverage} for {@code /reports/coverage.csv})
	 * @param parameters the parameters it was computed with, in the URL's names, sorted by name then value
	 * @param content the report's JSON as it was served when frozen
	 */
	public record Snapshot(String id, String label, String report, List<Parameter> parameters, OffsetDateTime frozenAt,
			String frozenBy, String content) {
	}

	/** One parameter of a frozen report, as in its URL. */
	public record Parameter(String name, String value) {
	}

	private static final String FIND_KEY = "MATCH (s:ReportSnapshot {key: $key}) RETURN s.id AS id";

	private static final String CREATE = """
			CREATE (s:ReportSnapshot {id: $id, key: $key, label: $label, report: $report, parameterNames: $names,
			                          parameterValues: $values, frozenAt: datetime(), frozenBy: $by, content: $content})
			RETURN $$snapshot AS s
			""";

	private static final String SNAPSHOT = """
			s {.id, .label, .report, .parameterNames, .parameterValues, .frozenAt, .frozenBy, .content}""";

	private static final String BY_ID = "MATCH (s:ReportSnapshot {id: $id}) RETURN $$snapshot AS s";

	// Newest first; the content is left out of lists (it may be large) and read by id.
	private static final String PAGE = """
			CALL () {
			  MATCH (s:ReportSnapshot) WHERE $$filter
			  RETURN count(s) AS total
			}
			CALL () {
			  MATCH (s:ReportSnapshot) WHERE $$filter AND $$after
			  WITH s ORDER BY s.frozenAt DESC, s.id LIMIT $limit
			  RETURN collect(s {.id, .label, .report, .parameterNames, .parameterValues, .frozenAt, .frozenBy,
			                    content: null}) AS page
			}
			RETURN total, page
			""";

	private static final String AFTER = """
			(s.frozenAt < datetime($afterAt) OR (s.frozenAt = datetime($afterAt) AND s.id > $afterId))""";

	private final Neo4jClient client;

	private final AuditLog audit;

	public ReportSnapshots(Neo4jClient client, AuditLog audit) {
		this.client = client;
		this.audit = audit;
	}

	/**
	 * Freezes {@code content}, the JSON of {@code report} computed with {@code parameters}, under {@code label}.
	 * @throws ConflictException when the same report with the same parameters is already frozen under that label
	 */
	@Transactional
	public Snapshot freeze(Actor actor, String label, String report, List<Parameter> parameters, String content) {
		List<Parameter> sorted = parameters.stream()
			.sorted(Comparator.comparing(Parameter::name).thenComparing(Parameter::value))
			.toList();
		String key = key(label, report, sorted);
		Optional<String> existing = this.client.query(FIND_KEY).bind(key).to("key").fetchAs(String.class).one();
		if (existing.isPresent()) {
			throw new ConflictException("input.label", "This report with these parameters is already frozen under the label '"
					+ label + "' (snapshot " + existing.get() + "); snapshots never change: choose another label");
		}
		Map<String, Object> values = new HashMap<>();
		values.put("id", UUID.randomUUID().toString());
		values.put("key", key);
		values.put("label", label);
		values.put("report", report);
		values.put("names", sorted.stream().map(Parameter::name).toList());
		values.put("values", sorted.stream().map(Parameter::value).toList());
		values.put("by", actor.username());
		values.put("content", content);
		Snapshot snapshot = this.client.query(CREATE.replace("$$snapshot", SNAPSHOT)).bindAll(values)
			.fetchAs(Snapshot.class).mappedBy((types, row) -> toSnapshot(row.get("s"))).one().orElseThrow();
		this.audit.record(actor, AuditAction.REPORT_FROZEN, TYPE, snapshot.id(), null, "FROZEN",
				"report " + report + " frozen as '" + label + "'");
		return snapshot;
	}

	/** The snapshot with its content, if there is one with this id. */
	@Transactional(readOnly = true)
	public Optional<Snapshot> find(String id) {
		return this.client.query(BY_ID.replace("$$snapshot", SNAPSHOT)).bind(id).to("id").fetchAs(Snapshot.class)
			.mappedBy((types, row) -> toSnapshot(row.get("s"))).one();
	}

	/**
	 * Snapshots newest first, without their content, {@code limit} of them after the one at ({@code afterAt},
	 * {@code afterId}); {@code label} and {@code report} filter when given.
	 */
	@Transactional(readOnly = true)
	public ResultPage<Snapshot> page(String label, String report, int limit, String afterAt, String afterId) {
		Where filter = new Where().and("label", label, "s.label = $label").and("report", report, "s.report = $report");
		Where after = new Where().and(afterId != null, AFTER);
		Map<String, Object> values = new HashMap<>(filter.parameters());
		values.put("afterAt", afterAt);
		values.put("afterId", afterId);
		values.put("limit", limit + 1);
		record Fetched(List<Snapshot> snapshots, long total) {
		}
		Fetched fetched = this.client
			.query(PAGE.replace("$$filter", filter.conditions()).replace("$$after", after.conditions()))
			.bindAll(values)
			.fetchAs(Fetched.class)
			.mappedBy((types, row) -> new Fetched(row.get("page").asList(ReportSnapshots::toSnapshot),
					row.get("total").asLong()))
			.one()
			.orElseThrow();
		return ResultPage.ofLookahead(fetched.snapshots(), limit, fetched.total());
	}

	private static Snapshot toSnapshot(Value s) {
		List<String> names = Records.strings(s.get("parameterNames"));
		List<String> values = Records.strings(s.get("parameterValues"));
		List<Parameter> parameters = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			parameters.add(new Parameter(names.get(i), values.get(i)));
		}
		return new Snapshot(s.get("id").asString(), s.get("label").asString(), s.get("report").asString(),
				List.copyOf(parameters), Records.dateTime(s.get("frozenAt")), s.get("frozenBy").asString(),
				Records.string(s.get("content")));
	}

	// A hash rather than the text itself: labels and parameters may be long, and a unique constraint indexes the key.
	static String key(String label, String report, List<Parameter> sorted) {
		StringBuilder text = new StringBuilder().append(label).append('\u0000').append(report);
		for (Parameter parameter : sorted) {
			text.append('\u0000').append(parameter.name()).append('=').append(parameter.value());
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

}
