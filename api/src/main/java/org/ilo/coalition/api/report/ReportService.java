package org.ilo.coalition.api.report;

import java.util.List;
import java.util.Optional;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.paging.ResultPage;
import org.ilo.coalition.graph.report.ReportSnapshots;
import org.ilo.coalition.graph.report.ReportSnapshots.Parameter;
import org.ilo.coalition.graph.report.ReportSnapshots.Snapshot;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes reports by name with URL-style parameters, and freezes and reads back snapshots: what the HTTP endpoints
 * and the snapshot fields share. A snapshot stores the report's JSON as the application's JSON mapper writes it, so
 * {@code /reports/snapshots/{id}.json} serves what {@code /reports/{name}.json} served when it was frozen; its CSV is
 * written from that JSON read back, by the report's own CSV writer.
 */
@Service
public class ReportService {

	private final ReportDefinitions definitions;

	private final ReportSnapshots snapshots;

	private final JsonMapper json;

	public ReportService(ReportDefinitions definitions, ReportSnapshots snapshots, JsonMapper json) {
		this.definitions = definitions;
		this.snapshots = snapshots;
		this.json = json;
	}

	/** The report computed now. */
	public Object compute(ReportDefinition<?> definition, MultiValueMap<String, String> parameters) {
		return definition.compute(ReportParameters.of(parameters, definition.parameters()));
	}

	/** The report computed now, as CSV. */
	public byte[] csv(ReportDefinition<?> definition, MultiValueMap<String, String> parameters) {
		return csvOf(definition, ReportParameters.of(parameters, definition.parameters()));
	}

	private static <R> byte[] csvOf(ReportDefinition<R> definition, ReportParameters parameters) {
		return definition.csv(definition.compute(parameters), parameters);
	}

	/** The snapshot's CSV, from its frozen JSON. */
	public byte[] csv(Snapshot snapshot) {
		ReportDefinition<?> definition = this.definitions.byName(snapshot.report())
			.orElseThrow(() -> new IllegalStateException("Snapshot " + snapshot.id() + " is of report '"
					+ snapshot.report() + "', which this version does not serve"));
		return frozenCsv(definition, snapshot.content(),
				ReportParameters.of(snapshot.parameters(), definition.parameters()));
	}

	private <R> byte[] frozenCsv(ReportDefinition<R> definition, String content, ReportParameters parameters) {
		return definition.csv(this.json.readValue(content, definition.type()), parameters);
	}

	/** The snapshot with its content. */
	public Optional<Snapshot> snapshot(String id) {
		return this.snapshots.find(id);
	}

	/**
	 * Computes the report {@code reportName} (the schema's {@code ReportName}) with {@code parameters} now and
	 * freezes it under {@code label}.
	 */
	public Snapshot freeze(Actor actor, String label, String reportName, List<Parameter> parameters) {
		ReportDefinition<?> definition = this.definitions.byReportName(reportName)
			.orElseThrow(() -> new BadRequestException("input.report", "is not a report that can be frozen: '"
					+ reportName + "'"));
		ReportParameters checked;
		try {
			checked = ReportParameters.of(parameters, definition.parameters());
			Object report = definition.compute(checked);
			return this.snapshots.freeze(actor, label, definition.name(), checked.all(),
					this.json.writeValueAsString(report));
		}
		catch (BadRequestException ex) {
			// Named as the mutation's input spells it: the parameter is a value of input.parameters.
			throw new BadRequestException("input.parameters", "has a bad parameter: " + ex.getMessage());
		}
	}

	/** Snapshots newest first, without their content. */
	public ResultPage<Snapshot> snapshots(String label, String report, int first, String afterAt, String afterId) {
		return this.snapshots.page(label, report, first, afterAt, afterId);
	}

}
