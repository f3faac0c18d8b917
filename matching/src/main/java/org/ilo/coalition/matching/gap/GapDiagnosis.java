package org.ilo.coalition.matching.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
		List<Offer> left = this.offersByKindAndUnit.getOrDefault(request.kind() + "|" + request.unit(), List.of())
			.stream()
			.filter((o) -> Eligibility.kindAndUnitMatch(o, request))
			.toList();
		if (left.isEmpty()) {
			return GapReason.NO_OFFER_OF_KIND;
		}
		left = keep(left, (o) -> Eligibility.coversArea(o, request));
		if (left.isEmpty()) {
			return GapReason.NO_OFFER_IN_AREA;
		}
		left = keep(left, (o) -> Eligibility.servesCountry(o, request.country()));
		if (left.isEmpty()) {
			return GapReason.NO_OFFER_FOR_PLACE;
		}
		left = keep(left, (o) -> Eligibility.hasExpertise(o.partner(), request.objective()));
		if (left.isEmpty()) {
			return GapReason.NO_OFFER_WITH_EXPERTISE;
		}
		left = keep(left, (o) -> Eligibility.availableInTime(o, request, this.planDate));
		return left.isEmpty() ? GapReason.NO_OFFER_IN_TIME : null;
	}

	private static List<Offer> keep(List<Offer> offers, Predicate<Offer> rule) {
		return offers.stream().filter(rule).toList();
	}

}
