package org.ilo.coalition.matching.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A member State's request for support towards one objective of its national strategy.
 *
 * @param amount the whole amount asked for, in whole units of {@code unit}
 * @param language ISO 639-1 code of the language the support should be given in
 * @param thematicAreas the areas of the deficits the objective addresses
 */
public record SupportRequest(String id, String title, SupportKind kind, long amount, String unit, String language,
		LocalDate deadline, Country country, Set<String> thematicAreas, Objective objective) {

	public SupportRequest {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(deadline, "deadline");
		Objects.requireNonNull(country, "country");
		Objects.requireNonNull(objective, "objective");
		if (amount <= 0) {
			throw new IllegalArgumentException("Request " + id + " must ask for a positive amount");
		}
		title = (title != null) ? title : id;
		thematicAreas = Set.copyOf(thematicAreas);
	}

	public int severity() {
		return this.objective.severity();
	}

	/**
	 * The severity as a sentence quotes it: "deficit severity 4", or, when nothing the objective addresses has data,
	 * "no data for the indicators it addresses, weighed at the default severity 3".
	 */
	public String severityPhrase() {
		return this.objective.severityMeasured() ? "deficit severity " + severity()
				: "no data for the indicators it addresses, weighed at the default severity " + severity();
	}

	// Identity by id: requests are group keys (capacity, partners per request).
	@Override
	public boolean equals(Object other) {
		return other instanceof SupportRequest request && this.id.equals(request.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "SupportRequest[" + this.id + "]";
	}

}
