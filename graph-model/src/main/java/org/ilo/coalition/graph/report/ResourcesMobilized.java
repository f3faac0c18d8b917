package org.ilo.coalition.graph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The resources mobilized in a period (docs/reports.md, "Resources mobilized"): amounts confirmed and delivered, by
 * support kind, partner kind and region, per unit; amounts are never added across units or currencies.
 * @param from the period's first day as asked, or {@code null}
 * @param to the period's last day as asked, or {@code null}
 * @param byKind by support kind (of the request) and unit
 * @param byPartnerKind by kind of the match's partner and unit
 * @param byRegion by ILO region of the request's country and unit
 * @param total by unit
 * @param tripartiteShare by unit, what partners of the tripartite kinds mobilized and their share of the total
 */
public record ResourcesMobilized(LocalDate from, LocalDate to, List<Mobilized> byKind,
		List<PartnerKindMobilized> byPartnerKind, List<Mobilized> byRegion, List<UnitMobilized> total,
		List<TripartiteShare> tripartiteShare) {

	/**
	 * One value of a breakdown in one unit.
	 * @param confirmed what the matches confirmed in the period hold ({@code heldAmount})
	 * @param delivered the deliveries made in the period (by their day), received or not
	 * @param confirmedMatches matches confirmed in the period
	 * @param deliveredMatches matches with a delivery in the period
	 */
	public record Mobilized(String code, String name, String unit, double confirmed, double delivered,
			int confirmedMatches, int deliveredMatches) {
	}

	/** One kind of partner in one unit; {@code tripartite} for governments, employers' and workers' organizations. */
	public record PartnerKindMobilized(String code, String name, boolean tripartite, String unit, double confirmed,
			double delivered, int confirmedMatches, int deliveredMatches) {
	}

	/** Every match of the report in one unit. */
	public record UnitMobilized(String unit, double confirmed, double delivered, int confirmedMatches,
			int deliveredMatches) {
	}

	/**
	 * What partners of the tripartite kinds mobilized in one unit, and their share of the total in that unit.
	 * @param confirmedShare {@code confirmed} over the unit's total confirmed, {@code null} when that is 0
	 * @param deliveredShare {@code delivered} over the unit's total delivered, {@code null} when that is 0
	 */
	public record TripartiteShare(String unit, double confirmed, double delivered, int confirmedMatches,
			int deliveredMatches, Double confirmedShare, Double deliveredShare) {
	}

}
