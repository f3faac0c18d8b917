package org.ilo.coalition.api.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.matching.gap.GapReason;

/**
 * The gaps report (docs/reports.md, "Gaps"), the same object for GraphQL and JSON: requests still seeking support
 * that no admitted offer can serve, or that the latest completed run left unmet for lack of capacity.
 * @param planDate the day the pair rules were applied for (the application clock's, UTC)
 * @param lastRun the latest completed matching run, {@code null} when none has completed
 * @param groups aggregated by region, thematic area and reason, in that order
 * @param requests a page of the gap requests, soonest deadline first
 */
public record GapReport(LocalDate planDate, LastRun lastRun, List<Group> groups, Connection<GapRequest> requests) {

	/** The run whose capacity-exhausted requests are listed; {@code id} is its global id. */
	public record LastRun(String id, OffsetDateTime completedAt) {
	}

	/** A code of reference data with its name; {@code NONE} and "None" when the request has no value. */
	public record Code(String code, String name) {
	}

	/** A country by its ISO3 code. */
	public record Country(String iso3, String name) {
	}

	/**
	 * Gap requests of one region, area and reason: a request counts in each of its areas.
	 * @param requests how many requests
	 * @param amounts what they lack, per unit, ordered by unit: never added across units or currencies
	 */
	public record Group(Code region, Code thematicArea, GapReason reason, int requests, List<Amount> amounts) {
	}

	/** What the requests of a group in one unit lack. */
	public record Amount(String unit, int requests, double amount) {
	}

	/**
	 * A request that is a gap.
	 * @param id the request's global id
	 * @param kind the support kind's name
	 * @param requested the whole amount the request asks for
	 * @param amount what is missing: for the funnel reasons, what no match holds yet; for {@code CAPACITY_EXHAUSTED},
	 *        what the run left unmet
	 */
	public record GapRequest(String id, String title, Country country, Code region, List<Code> thematicAreas,
			String kind, String unit, double requested, double amount, LocalDate deadline, GapReason reason) {
	}

}
