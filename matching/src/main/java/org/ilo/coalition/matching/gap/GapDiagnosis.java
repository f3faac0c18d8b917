package org.ilo.coalition.matching.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ilo.coalition.matching.plan.Eligibility;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.SupportRequest;

/**
 * Tells why no admitted offer can serve a request, with the solver's own pair rules ({@link Eligibility}) applied as
 * a funnel: kind and unit, then area, place, expertise, time; the reason is the first step that leaves no offer. The
 * order goes from what the secretariat mobilizes first (a kind of support nobody offers) to what a partner can most
 * easily change (its dates). Capacity and amount are not looked at: a run decides those.
 */
public final class GapDiagnosis {

	// The funnel's steps in order: the reason when the offers run out at that step.
	private static final GapReason[] FUNNEL = { GapReason.NO_OFFER_OF_KIND, GapReason.NO_OFFER_IN_AREA,
			GapReason.NO_OFFER_FOR_PLACE, GapReason.NO_OFFER_WITH_EXPERTISE, GapReason.NO_OFFER_IN_TIME };

	/** Per kind and unit: the areas its offers cover, and its offers by each place they serve and area they cover. */
	private record KindAndUnit(Set<String> areas, Map<String, List<Offer>> byPlaceAndArea) {
	}

	private final Map<String, KindAndUnit> offers = new HashMap<>();

	private final LocalDate planDate;

	/**
	 * Indexes the offers once, by kind and unit and then by each (country or region they serve, area they cover): a
	 * request then looks only at the offers of its kind that serve its country or region in one of its areas, instead
	 * of every offer of its kind. Offers of partners that are not admitted are left out.
	 */
	public GapDiagnosis(Collection<Offer> offers, LocalDate planDate) {
		this.planDate = planDate;
		for (Offer offer : offers) {
			if (!offer.partner().isAdmitted()) {
				continue;
			}
			KindAndUnit index = this.offers.computeIfAbsent(key(offer.kind(), offer.unit()),
					(k) -> new KindAndUnit(new HashSet<>(), new HashMap<>()));
			index.areas().addAll(offer.thematicAreas());
			for (String area : offer.thematicAreas()) {
				offer.countries().forEach((iso3) -> index.byPlaceAndArea()
					.computeIfAbsent(key(country(iso3), area), (p) -> new ArrayList<>()).add(offer));
				offer.regions().forEach((region) -> index.byPlaceAndArea()
					.computeIfAbsent(key(region(region), area), (p) -> new ArrayList<>()).add(offer));
			}
		}
	}

	/**
	 * The first funnel step that no admitted offer passes, or {@code null} when some offer passes them all (exactly
	 * when {@link Eligibility#isEligible} holds for some offer).
	 */
	public GapReason reason(SupportRequest request) {
		KindAndUnit index = this.offers.get(key(request.kind(), request.unit()));
		if (index == null) {
			return GapReason.NO_OFFER_OF_KIND;
		}
		// The index answers the first two steps: some offer of the kind covers one of the request's areas.
		if (request.thematicAreas().stream().noneMatch(index.areas()::contains)) {
			return GapReason.NO_OFFER_IN_AREA;
		}
		// From here only offers serving the country or its region in one of the request's areas can get past the place
		// step (the others stop at the area or place step, which the start value already covers); the rules decide on
		// each of them. Each step keeps the offers that passed the steps before it, so the funnel empties at the step
		// after the furthest any one offer gets.
		int furthest = 2;
		for (String place : List.of(country(request.country().iso3()), region(request.country().region()))) {
			for (String area : request.thematicAreas()) {
				for (Offer offer : index.byPlaceAndArea().getOrDefault(key(place, area), List.of())) {
					int passed = stepsPassed(offer, request);
					if (passed == FUNNEL.length) {
						return null;
					}
					furthest = Math.max(furthest, passed);
				}
			}
		}
		return FUNNEL[furthest];
	}

	private int stepsPassed(Offer offer, SupportRequest request) {
		if (!Eligibility.kindAndUnitMatch(offer, request)) {
			return 0;
		}
		if (!Eligibility.coversArea(offer, request)) {
			return 1;
		}
		if (!Eligibility.servesCountry(offer, request.country())) {
			return 2;
		}
		if (!Eligibility.hasExpertise(offer.partner(), request.objective())) {
			return 3;
		}
		return Eligibility.availableInTime(offer, request, this.planDate) ? 5 : 4;
	}

	private static String key(Object kind, String unit) {
		return kind + "|" + unit;
	}

	private static String country(String iso3) {
		return "country:" + iso3;
	}

	private static String region(String region) {
		return "region:" + region;
	}

}
