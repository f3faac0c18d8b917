package org.ilo.coalition.matching.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A resource a partner offers: an amount in a unit over an availability window, for at most {@code capacity} support
 * requests at once.
 *
 * @param amount what is left to hand out, in whole units of {@code unit}
 * @param unit an ISO 4217 currency code, {@code PERSON_DAYS}, {@code PLACES} or {@code PRODUCTS}
 * @param capacity how many distinct requests the offer can serve at once
 * @param countries ISO3 codes of the countries served directly
 * @param regions codes of the ILO regions served as a whole
 * @param languages ISO 639-1 codes of the languages the support can be given in
 */
public record Offer(String id, String title, Partner partner, SupportKind kind, long amount, String unit, int capacity,
		Set<String> thematicAreas, Set<String> countries, Set<String> regions, Set<String> languages,
		LocalDate availableFrom, LocalDate availableUntil) {

	public Offer {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(partner, "partner");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(availableFrom, "availableFrom");
		Objects.requireNonNull(availableUntil, "availableUntil");
		if (amount < 0 || capacity < 0) {
			throw new IllegalArgumentException("Offer " + id + " has a negative amount or capacity");
		}
		title = (title != null) ? title : id;
		thematicAreas = Set.copyOf(thematicAreas);
		countries = Set.copyOf(countries);
		regions = Set.copyOf(regions);
		languages = Set.copyOf(languages);
	}

	// Identity by id: the offer is the planning value, hashed by every group-by on it.
	@Override
	public boolean equals(Object other) {
		return other instanceof Offer offer && this.id.equals(offer.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "Offer[" + this.id + "]";
	}

}
