package org.ilo.coalition.matching.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link MatchingProblem} into a {@link MatchingPlan}: accepted matches become pinned parts, what is left of
 * each request is cut into parts, and each part gets the offers that pass every static hard rule as its value range.
 */
public final class PlanBuilder {

	private PlanBuilder() {
	}

	public static MatchingPlan build(MatchingProblem problem) {
		return build(problem, SplitPolicy.DEFAULT);
	}

	public static MatchingPlan build(MatchingProblem problem, SplitPolicy policy) {
		Map<String, Offer> offersById = new HashMap<>();
		// Kind and unit are the most selective rules and plain equality: bucketing by them first keeps eligibility
		// near-linear instead of requests x offers.
		Map<String, List<Offer>> offersByKindAndUnit = new HashMap<>();
		for (Offer offer : problem.offers()) {
			offersById.put(offer.id(), offer);
			offersByKindAndUnit.computeIfAbsent(offer.kind() + "|" + offer.unit(), (key) -> new ArrayList<>()).add(offer);
		}
		Set<String> rejected = new HashSet<>();
		for (Rejection rejection : problem.rejections()) {
			rejected.add(rejection.requestId() + "|" + rejection.partnerId());
		}
		Map<String, List<AcceptedMatch>> acceptedByRequest = new HashMap<>();
		for (AcceptedMatch match : problem.acceptedMatches()) {
			acceptedByRequest.computeIfAbsent(match.requestId(), (key) -> new ArrayList<>()).add(match);
		}

		// Requests of one country share the offers that serve it: filter each (kind, unit, country) once.
		Map<String, List<Offer>> servingCountry = new HashMap<>();
		List<RequestPart> parts = new ArrayList<>();
		for (SupportRequest request : problem.requests()) {
			String bucket = request.kind() + "|" + request.unit();
			List<Offer> serving = servingCountry.computeIfAbsent(bucket + "|" + request.country().iso3(),
					(key) -> offersByKindAndUnit.getOrDefault(bucket, List.of())
						.stream()
						.filter((offer) -> offer.partner().isAdmitted()
								&& Eligibility.servesCountry(offer, request.country()))
						.toList());
			List<Offer> eligible = new ArrayList<>();
			for (Offer offer : serving) {
				if (Eligibility.isEligible(offer, request, problem.parameters().planDate())
						&& !rejected.contains(request.id() + "|" + offer.partner().id())) {
					eligible.add(offer);
				}
			}
			eligible.sort(Comparator.comparing(Offer::id));
			addParts(request, eligible, acceptedByRequest.getOrDefault(request.id(), List.of()), offersById, policy,
					parts);
		}
		return new MatchingPlan(problem.parameters(), problem.partners(), problem.offers(), problem.requests(),
				problem.rejections(), problem.trackRecords(), problem.existingSupport(), parts);
	}

	private static void addParts(SupportRequest request, List<Offer> eligible, List<AcceptedMatch> accepted,
			Map<String, Offer> offersById, SplitPolicy policy, List<RequestPart> parts) {
		long total = request.amount();
		long cumulative = 0;
		int index = 0;
		for (AcceptedMatch match : accepted) {
			Offer offer = offersById.get(match.offerId());
			if (offer == null) {
				throw new IllegalArgumentException("Accepted match of request " + request.id()
						+ " names an unknown offer " + match.offerId());
			}
			long share = share(cumulative, match.amount(), total);
			cumulative += match.amount();
			parts.add(new RequestPart(request.id() + "#a" + index++, request, match.amount(), share, true,
					List.of(offer), offer));
		}
		int first = parts.size() - index;
		long remaining = total - cumulative;
		if (remaining <= 0) {
			countParts(parts, first);
			return;
		}
		long largest = eligible.stream().mapToLong(Offer::amount).max().orElse(0);
		int count = policy.partsFor(remaining, largest);
		long base = remaining / count;
		long extra = remaining % count;
		for (int i = 0; i < count; i++) {
			long amount = base + ((i < extra) ? 1 : 0);
			long share = share(cumulative, amount, total);
			cumulative += amount;
			parts.add(new RequestPart(request.id() + "#" + i, request, amount, share, false, eligible, null));
		}
		countParts(parts, first);
	}

	// Tells each part of a request (the last ones added, from index first on) how many parts the request has.
	private static void countParts(List<RequestPart> parts, int first) {
		int count = parts.size() - first;
		for (int i = first; i < parts.size(); i++) {
			parts.get(i).setRequestPartCount(count);
		}
	}

	// Differences of rounded cumulative shares, so that a request's parts add up to exactly 1000 per mille.
	private static long share(long before, long amount, long total) {
		long after = Math.min(total, before + amount);
		return (Math.min(total, after) * 1000 / total) - (Math.min(total, before) * 1000 / total);
	}

}
