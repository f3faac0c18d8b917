package org.ilo.coalition.graph.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ilo.coalition.graph.taxonomy.SupportKind;

/**
 * A validated offer, new or changed; on a change, {@code null} fields stay as they are.
 *
 * @param unit an ISO 4217 currency for funding, else {@code PERSON_DAYS}, {@code PLACES} or {@code PRODUCTS}
 * @param cleared on a change, the optional properties to remove ({@link #DESCRIPTION}): a {@code null} field cannot
 * say "clear" by itself, since it means "unchanged"; empty lists of countries or regions clear those
 */
public record OfferDraft(String title, String description, SupportKind kind, Double amount, String unit,
		Integer capacity, LocalDate availableFrom, LocalDate availableUntil, List<String> languages,
		List<String> thematicAreaCodes, List<String> countryIso3s, List<String> regionCodes, Set<String> cleared) {

	public static final String DESCRIPTION = "description";

}
