package org.ilo.coalition.graph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A coverage report (docs/reports.md): its rows, one per group, and the same figures over every request covered.
 * @param from the period's first day as asked, or {@code null}
 * @param to the period's last day as asked, or {@code null}
 */
public record CoverageReport(List<CoverageDimension> groupBy, LocalDate from, LocalDate to, List<CoverageRow> rows,
		CoverageRow total) {

	/** A group: one value of each dimension grouped by, in the order of {@code groupBy}. */
	public record GroupKey(CoverageDimension dimension, String code, String name) {
	}

	/**
	 * The figures of one group.
	 * @param requests requests in the group
	 * @param matched requests of which a match holds part (awaiting consent or later)
	 * @param confirmed requests of which a confirmed (or later) match holds part
	 * @param delivered requests of which something was delivered
	 * @param severityWeightedCoverage the sum over the requests of their covered share (confirmed or later, at most
	 *        1) times their severity weight, over the sum of their weights; {@code null} without requests
	 * @param amounts the amounts by unit, in the order of the units' codes: never added across units
	 */
	public record CoverageRow(List<GroupKey> keys, int requests, int matched, int confirmed, int delivered,
			Double severityWeightedCoverage, List<AmountByUnit> amounts) {
	}

	/**
	 * The amounts of one unit in a group, and the shares of what was requested; a share is {@code null} when nothing
	 * was requested.
	 * @param requests requests of the group in this unit
	 */
	public record AmountByUnit(String unit, int requests, double requested, double matched, double confirmed,
			double delivered, Double matchedShare, Double confirmedShare, Double deliveredShare) {
	}

}
