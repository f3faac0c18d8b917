package org.ilo.coalition.graph.offer;

import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.graph.taxonomy.SupportKind;

/**
 * A validated offer, new or changed; on a change, {@code null} fields stay as they are.
 *
 * @param unit an ISO 4217 currency for funding, else {@code PERSON_DAYS}, {@code PLACES} or {@code PRODUCTS}
 */
public record OfferDraft(String title, String description, SupportKind kind, Double amount, String unit,
		Integer capacity, LocalDate availableFrom, LocalDate availableUntil, List<String> languages,
		List<String> thematicAreaCodes, List<String> countryIso3s, List<String> regionCodes) {
}
