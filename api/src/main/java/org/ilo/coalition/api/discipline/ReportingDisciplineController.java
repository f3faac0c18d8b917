package org.ilo.coalition.api.discipline;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.BatchLookups;
import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.discipline.ReportingDiscipline;
import org.ilo.coalition.graph.discipline.ReportingLight;
import org.ilo.coalition.graph.discipline.ReportingStatus;
import org.ilo.coalition.graph.matching.MatchSuggestionStore;
import org.ilo.coalition.graph.matching.MatchSuggestionView;
import org.ilo.coalition.graph.paging.Cursor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Reporting discipline (issue 15): whether each confirmed match's progress is reported on time. */
@Controller
public class ReportingDisciplineController {

	static final String TYPE = "ReportingStatus";

	private static final String ORDERING = "reportingDiscipline";

	private final ReportingDiscipline discipline;

	private final MatchSuggestionStore suggestions;

	private final ReferenceArguments references;

	public ReportingDisciplineController(ReportingDiscipline discipline, MatchSuggestionStore suggestions,
			ReferenceArguments references) {
		this.discipline = discipline;
		this.suggestions = suggestions;
		this.references = references;
	}

	/** The schema's {@code ReportingDisciplineReport}: counts per light and a page of matches. */
	public record Report(long green, long amber, long red, Connection<ReportingStatus> matches) {
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COORDINATION_GROUP')")
	public Report reportingDiscipline(@Argument ReportingLight light, @Argument String country, @Argument String partner,
			@Argument Integer first, @Argument String after) {
		int size = PageArguments.first(first, 20);
		Cursor cursor = PageArguments.after(ORDERING, after);
		if (cursor != null) {
			try {
				Instant.parse(cursor.sortKey());
			}
			catch (DateTimeParseException ex) {
				throw new BadRequestException("after", "is not a cursor of this list: pass an endCursor it returned");
			}
		}
		ReportingDiscipline.Report report = this.discipline.report(light, this.references.country("country", country),
				partner == null ? null : GlobalId.keyOf("partner", "Partner", partner), size,
				cursor == null ? null : cursor.sortKey(), cursor == null ? null : cursor.id());
		Map<ReportingLight, Long> counts = report.counts();
		return new Report(counts.get(ReportingLight.GREEN), counts.get(ReportingLight.AMBER),
				counts.get(ReportingLight.RED), Connection.of(report.page(), ReportingDisciplineController::cursorOf,
						after != null));
	}

	private static Cursor cursorOf(ReportingStatus status) {
		return new Cursor(ORDERING, status.lastReportedAt() == null ? Instant.EPOCH.toString()
				: status.lastReportedAt().toInstant().toString(), status.matchId());
	}

	@BatchMapping(typeName = TYPE)
	public Map<ReportingStatus, MatchSuggestionView> match(List<ReportingStatus> statuses) {
		return BatchLookups.lookUp(statuses, ReportingStatus::matchId,
				this.suggestions.findByIds(BatchLookups.keys(statuses, ReportingStatus::matchId)), MatchSuggestionView::id);
	}

	@SchemaMapping(typeName = TYPE)
	public long daysSinceReport(ReportingStatus status) {
		return status.daysSinceReport();
	}

}
