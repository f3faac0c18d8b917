package org.ilo.coalition.api.report;

import java.util.Locale;
import java.util.Set;

/**
 * One report as the HTTP endpoints and snapshots serve it (docs/reports.md): its name in URLs, the parameters it
 * takes, who may read it, how to compute it from parameters and how to write it as CSV. Its GraphQL field has its own
 * controller, which calls the same graph-model service.
 *
 * @param <R> the report's JSON shape: a record that the application's JSON mapper writes and reads back
 */
public interface ReportDefinition<R> {

	/** The name in URLs: {@code coverage} for {@code /reports/coverage.csv}. */
	String name();

	/** The schema's {@code ReportName} of this report: the name in upper case with underscores. */
	default String reportName() {
		return name().toUpperCase(Locale.ROOT).replace('-', '_');
	}

	/** The URL parameters it takes. */
	Set<String> parameters();

	/** Whether anyone may read it; otherwise the secretariat and the coordination group only. */
	boolean isPublic();

	/** The class of its JSON shape, to read a snapshot back. */
	Class<R> type();

	/** Computes it now from checked parameters. */
	R compute(ReportParameters parameters);

	/** It as CSV (with {@link ReportCsv}); {@code parameters} are those it was computed with (some choose the lines). */
	byte[] csv(R report, ReportParameters parameters);

}
