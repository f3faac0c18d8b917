package org.ilo.coalition.matching.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ilo.coalition.matching.plan.Eligibility;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.PartDifficultyComparator;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.TrackRecord;

/**
 * The greedy matcher, the solver's construction phase ({@code GreedyPhaseCommand}) and alone its benchmark peer: parts
 * in decreasing difficulty (most severe need first), each on the best eligible offer that still has the amount and
 * capacity for it, never revisited.
 *
 * <p>"Best" is: given in the request's language, then a partner already serving the request, then the partner's
 * track record in the country, then the tightest fit (least left over), then the offer id for determinism.
 */
public final class GreedyMatcher {

	private GreedyMatcher() {
	}

	/** The offer for each open part (null when none fits), keyed by part id in assignment order; pinned parts stay. */
	public static Map<String, Offer> assignments(MatchingPlan plan) {
		Map<Offer, Long> remaining = new HashMap<>();
		Map<Offer, Set<String>> requestsOnOffer = new HashMap<>();
		Map<String, Set<String>> partnersOnRequest = new HashMap<>();
		for (Offer offer : plan.getOffers()) {
			remaining.put(offer, offer.amount());
			requestsOnOffer.put(offer, new HashSet<>());
		}
		Map<String, Integer> trackRecords = new HashMap<>();
		for (TrackRecord record : plan.getTrackRecords()) {
			trackRecords.merge(record.partnerId() + "|" + record.countryIso3(), record.strength(), Integer::sum);
		}
		List<RequestPart> open = new ArrayList<>();
		for (RequestPart part : plan.getParts()) {
			if (part.isPinned()) {
				if (part.getOffer() != null) {
					take(part, part.getOffer(), remaining, requestsOnOffer, partnersOnRequest);
				}
			}
			else {
				open.add(part);
			}
		}
		open.sort(new PartDifficultyComparator().reversed());

		Map<String, Offer> result = new LinkedHashMap<>();
		for (RequestPart part : open) {
			Comparator<Offer> preference = preference(part, partnersOnRequest, trackRecords, remaining);
			Offer best = null;
			for (Offer offer : part.getEligibleOffers()) {
				if (fits(part, offer, remaining, requestsOnOffer)
						&& (best == null || preference.compare(offer, best) < 0)) {
					best = offer;
				}
			}
			if (best != null) {
				take(part, best, remaining, requestsOnOffer, partnersOnRequest);
			}
			result.put(part.getId(), best);
		}
		return result;
	}

	private static boolean fits(RequestPart part, Offer offer, Map<Offer, Long> remaining,
			Map<Offer, Set<String>> requestsOnOffer) {
		Set<String> requests = requestsOnOffer.get(offer);
		return remaining.get(offer) >= part.getAmount()
				&& (requests.contains(part.getRequest().id()) || requests.size() < offer.capacity());
	}

	private static void take(RequestPart part, Offer offer, Map<Offer, Long> remaining,
			Map<Offer, Set<String>> requestsOnOffer, Map<String, Set<String>> partnersOnRequest) {
		remaining.merge(offer, -part.getAmount(), Long::sum);
		requestsOnOffer.computeIfAbsent(offer, (key) -> new HashSet<>()).add(part.getRequest().id());
		partnersOnRequest.computeIfAbsent(part.getRequest().id(), (key) -> new HashSet<>()).add(offer.partner().id());
	}

	// Smaller is better.
	private static Comparator<Offer> preference(RequestPart part, Map<String, Set<String>> partnersOnRequest,
			Map<String, Integer> trackRecords, Map<Offer, Long> remaining) {
		Set<String> partners = partnersOnRequest.getOrDefault(part.getRequest().id(), Set.of());
		String country = part.getRequest().country().iso3();
		return Comparator
			.comparing((Offer offer) -> !Eligibility.speaksLanguage(offer, part.getRequest()))
			.thenComparing((Offer offer) -> !partners.contains(offer.partner().id()))
			.thenComparing((Offer offer) -> -Math.min(4,
					trackRecords.getOrDefault(offer.partner().id() + "|" + country, 0)))
			.thenComparingLong((Offer offer) -> remaining.get(offer) - part.getAmount())
			.thenComparing(Offer::id);
	}

}
