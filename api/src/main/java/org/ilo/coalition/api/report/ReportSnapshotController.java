package org.ilo.coalition.api.report;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.report.ReportSnapshots.Parameter;
import org.ilo.coalition.graph.report.ReportSnapshots.Snapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Report snapshots (issue 15): {@code freezeReport}, {@code reportSnapshots} and {@code reportSnapshot}. */
@Controller
public class ReportSnapshotController {

	static final String TYPE = "ReportSnapshot";

	private static final String ORDERING = "reportSnapshots";

	/** Most parameters a snapshot may be asked with. */
	static final int MAX_PARAMETERS = 200;

	private final ReportService reports;

	public ReportSnapshotController(ReportService reports) {
		this.reports = reports;
	}

	/** The schema's {@code FreezeReportInput}. */
	public record FreezeReportInput(String label, String report, @Nullable List<Parameter> parameters) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('SECRETARIAT')")
	public Snapshot freezeReport(@Argument FreezeReportInput input, @Nullable Principal principal) {
		String label = Inputs.required("input.label", input.label(), Inputs.SHORT_TEXT);
		List<Parameter> parameters = input.parameters() == null ? List.of() : input.parameters();
		if (parameters.size() > MAX_PARAMETERS) {
			throw new BadRequestException("input.parameters", "may hold at most " + MAX_PARAMETERS + " values");
		}
		return this.reports.freeze(Callers.of(principal).actor(), label, input.report(), parameters);
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COORDINATION_GROUP')")
	public Connection<Snapshot> reportSnapshots(@Argument @Nullable String label, @Argument @Nullable String report,
			@Argument @Nullable Integer first, @Argument @Nullable String after) {
		int size = PageArguments.first(first, 20);
		Cursor cursor = PageArguments.after(ORDERING, after);
		if (cursor != null && !cursor.sortKey().matches("\\d{4}-\\d{2}-\\d{2}T.+")) {
			throw new BadRequestException("after", "is not a cursor of this list: pass an endCursor it returned");
		}
		String name = report == null ? null : report.toLowerCase(Locale.ROOT).replace('_', '-');
		return Connection.of(this.reports.snapshots(label, name, size, cursor == null ? null : cursor.sortKey(),
				cursor == null ? null : cursor.id()), ReportSnapshotController::cursorOf, after != null);
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COORDINATION_GROUP')")
	public @Nullable Snapshot reportSnapshot(@Argument String id) {
		return this.reports.snapshot(GlobalId.keyOf("id", TYPE, id)).orElse(null);
	}

	private static Cursor cursorOf(Snapshot snapshot) {
		return new Cursor(ORDERING, snapshot.frozenAt().toString(), snapshot.id());
	}

	@SchemaMapping(typeName = TYPE)
	public String id(Snapshot snapshot) {
		return GlobalId.of(TYPE, snapshot.id());
	}

	@SchemaMapping(typeName = TYPE)
	public String report(Snapshot snapshot) {
		return snapshot.report().toUpperCase(Locale.ROOT).replace('-', '_');
	}

	@SchemaMapping(typeName = TYPE)
	public String csvUrl(Snapshot snapshot) {
		return "/reports/snapshots/" + snapshot.id() + ".csv";
	}

	@SchemaMapping(typeName = TYPE)
	public String jsonUrl(Snapshot snapshot) {
		return "/reports/snapshots/" + snapshot.id() + ".json";
	}

}
