package org.ilo.coalition.graph.offer;

import org.ilo.coalition.graph.taxonomy.SupportKind;

/**
 * Criteria of the offer directory; {@code null} does not filter.
 *
 * @param countryIso3 offers serving this country, by name or through its region
 * @param regionCode offers serving this region as a whole or a country in it
 * @param status never {@code null}: the directory always lists one status
 * @param admittedOnly only offers of admitted partners (what the public may see)
 */
public record OfferFilter(SupportKind kind, String thematicAreaCode, String countryIso3, String regionCode,
		String partnerId, OfferStatus status, boolean admittedOnly) {
}
