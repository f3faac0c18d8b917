package org.ilo.coalition.graph.offer;

import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.graph.taxonomy.SupportKind;

/** What the directory shows of an offer, with the codes of what it serves and the id of its partner. */
public record OfferView(String id, long version, String partnerId, String title, String description, SupportKind kind,
		double amount, String unit, int capacity, LocalDate availableFrom, LocalDate availableUntil,
		List<String> languages, OfferStatus status, List<String> thematicAreaCodes, List<String> countryIso3s,
		List<String> regionCodes) {

	// Batch loaders key their maps by views: identity is the id and version, and hashing must not walk the lists.
	@Override
	public boolean equals(Object other) {
		return other instanceof OfferView view && view.id.equals(this.id) && view.version == this.version;
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
