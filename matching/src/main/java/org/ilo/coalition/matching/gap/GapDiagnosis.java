package org.ilo.coalition.matching.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	private final Map<String, List<Offer>> offersByKindAndUnit = new HashMap<>();

	private final LocalDate planDate;

	/** Indexes the offers by kind and unit once; offers of partners that are not admitted are left out. */
	public GapDiagnosis(Collection<Offer> offers, LocalDate planDate) {
		this.planDate = planDate;
		for (Offer offer : offers) {
			if (offer.partner().isAdmitted()) {
				this.offersByKindAndUnit.computeIfAbsent(offer.kind() + "|" + offer.unit(), (k) -> new ArrayList<>())
					.add(offer);
			}
		}
	}

	/**
	 * The first funnel step that no admitted offer passes, or {@code null} when some offer passes them all (exactly
	 * when {@link Eligibility#isEligible} holds for some offer).
	 */
	public GapReason reason(SupportRequest request) {
		// Each step keeps the offers that passed the steps before it, so the funnel empties at the step after the
		// furthest any single offer gets: one pass over the offers of the request's kind and unit, no lists.
		int furthest = 0;
		for (Offer offer : this.offersByKindAndUnit.getOrDefault(request.kind() + "|" + request.unit(), List.of())) {
			int passed = stepsPassed(offer, request);
			if (passed == FUNNEL.length) {
				return null;
			}
			furthest = Math.max(furthest, passed);
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

}
