package org.ilo.coalition.graph.partner;

/**
 * Which relationships a partner page reads besides the partners' own properties.
 *
 * @param links country, expertise, functional areas and work streams
 * @param offerAreas the thematic areas of the partner's offers, a pass over all of its offers
 */
public record PartnerParts(boolean links, boolean offerAreas) {

	/** Everything: the complete view. */
	public static final PartnerParts ALL = new PartnerParts(true, true);

}
