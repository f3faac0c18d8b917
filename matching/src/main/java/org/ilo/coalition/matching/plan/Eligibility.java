package org.ilo.coalition.matching.plan;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hard rules that depend only on one (request, offer) pair, shared by the eligibility filter and the constraints.
 *
 * <p>The plan checker deliberately does not use this class: a second, independent reading of the rules is what lets
 * it catch a mistake here.
 */
public final class Eligibility {

	private Eligibility() {
	}

	public static boolean kindAndUnitMatch(Offer offer, SupportRequest request) {
		return offer.kind() == request.kind() && offer.unit().equals(request.unit());
	}

	/** The first area the offer shares with the request, or null when it covers none of them. */
	public static String sharedArea(Offer offer, SupportRequest request) {
		for (String area : request.thematicAreas()) {
			if (offer.thematicAreas().contains(area)) {
				return area;
			}
		}
		return null;
	}

	public static boolean coversArea(Offer offer, SupportRequest request) {
		return sharedArea(offer, request) != null;
	}

	/** The expertise the objective needs that the partner does not declare, sorted; empty when the partner has it all. */
	public static Set<String> missingExpertise(Partner partner, Objective objective) {
		Set<String> missing = new TreeSet<>(objective.neededExpertise());
		missing.removeAll(partner.expertise());
		return missing;
	}

	public static boolean hasExpertise(Partner partner, Objective objective) {
		return partner.expertise().containsAll(objective.neededExpertise());
	}

	public static boolean servesCountryDirectly(Offer offer, Country country) {
		return offer.countries().contains(country.iso3());
	}

	public static boolean servesCountry(Offer offer, Country country) {
		return servesCountryDirectly(offer, country) || offer.regions().contains(country.region());
	}

	/** The offer starts no later than the request's deadline and has not ended before the plan date. */
	public static boolean availableInTime(Offer offer, SupportRequest request, LocalDate planDate) {
		return !offer.availableFrom().isAfter(request.deadline()) && !offer.availableUntil().isBefore(planDate)
				&& !request.deadline().isBefore(planDate);
	}

	public static boolean speaksLanguage(Offer offer, SupportRequest request) {
		return offer.languages().contains(request.language());
	}

	/** Every static hard rule but the coordination group's rejections, which need the list of rejections. */
	public static boolean isEligible(Offer offer, SupportRequest request, LocalDate planDate) {
		return kindAndUnitMatch(offer, request) && offer.partner().isAdmitted()
				&& servesCountry(offer, request.country()) && availableInTime(offer, request, planDate)
				&& coversArea(offer, request) && hasExpertise(offer.partner(), request.objective());
	}

}
