package org.ilo.coalition.matching.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.MembershipStatus;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Rejection;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.SupportRequest;

/**
 * Recomputes every hard rule on any plan, without OptaPlanner's score, and lists what is broken.
 *
 * <p>It reads the rules a second time on purpose (it does not call {@code Eligibility}), so that a mistake in the
 * eligibility filter or in a constraint shows up as a disagreement instead of being repeated.
 */
public final class PlanChecker {

	private PlanChecker() {
	}

	public static boolean isFeasible(MatchingPlan plan) {
		return check(plan).isEmpty();
	}

	/** Every violation of the plan, offers' totals first, then part by part, in a stable order. */
	public static List<Violation> check(MatchingPlan plan) {
		List<Violation> violations = new ArrayList<>();
		LocalDate planDate = plan.getParameters().planDate();
		Set<String> rejected = new HashSet<>();
		for (Rejection rejection : plan.getRejections()) {
			rejected.add(rejection.requestId() + "\u0000" + rejection.partnerId());
		}
		Map<Offer, List<RequestPart>> partsByOffer = new LinkedHashMap<>();
		List<RequestPart> parts = new ArrayList<>(plan.getParts());
		parts.sort(Comparator.comparing(RequestPart::getId));
		for (RequestPart part : parts) {
			if (part.getOffer() != null) {
				partsByOffer.computeIfAbsent(part.getOffer(), (key) -> new ArrayList<>()).add(part);
			}
		}
		partsByOffer.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.comparing(Offer::id)))
			.forEach((entry) -> checkOffer(entry.getKey(), entry.getValue(), violations));
		for (RequestPart part : parts) {
			if (part.getOffer() != null) {
				checkPair(part, planDate, rejected, violations);
			}
		}
		return violations;
	}

	private static void checkOffer(Offer offer, List<RequestPart> parts, List<Violation> violations) {
		long total = 0;
		Set<String> requests = new HashSet<>();
		for (RequestPart part : parts) {
			total += part.getAmount();
			requests.add(part.getRequest().id());
		}
		if (total > offer.amount()) {
			violations.add(new Violation(HardRule.OFFER_AMOUNT_EXCEEDED, offer.id(),
					"offer %s gives %d %s in all but holds %d".formatted(offer.id(), total, offer.unit(), offer.amount())));
		}
		if (requests.size() > offer.capacity()) {
			violations.add(new Violation(HardRule.OFFER_CAPACITY_EXCEEDED, offer.id(),
					"offer %s serves %d requests but its capacity is %d".formatted(offer.id(), requests.size(),
							offer.capacity())));
		}
	}

	private static void checkPair(RequestPart part, LocalDate planDate, Set<String> rejected,
			List<Violation> violations) {
		SupportRequest request = part.getRequest();
		Offer offer = part.getOffer();
		String id = part.getId();
		if (offer.kind() != request.kind() || !offer.unit().equals(request.unit())) {
			violations.add(new Violation(HardRule.KIND_OR_UNIT_MISMATCH, id, "%s gives %s %s, %s asks for %s %s"
				.formatted(offer.id(), offer.kind(), offer.unit(), request.id(), request.kind(), request.unit())));
		}
		if (request.thematicAreas().stream().noneMatch(offer.thematicAreas()::contains)) {
			violations.add(new Violation(HardRule.THEMATIC_AREA_NOT_COVERED, id,
					"%s covers %s, %s is in %s".formatted(offer.id(), offer.thematicAreas(), request.id(),
							request.thematicAreas())));
		}
		for (String expertise : request.objective().neededExpertise()) {
			if (!offer.partner().expertise().contains(expertise)) {
				violations.add(new Violation(HardRule.EXPERTISE_MISSING, id,
						"%s lacks %s".formatted(offer.partner().id(), expertise)));
				break;
			}
		}
		if (!offer.countries().contains(request.country().iso3())
				&& !offer.regions().contains(request.country().region())) {
			violations.add(new Violation(HardRule.COUNTRY_NOT_SERVED, id,
					"%s serves neither %s nor %s".formatted(offer.id(), request.country().iso3(),
							request.country().region())));
		}
		boolean startsByDeadline = offer.availableFrom().compareTo(request.deadline()) <= 0;
		boolean stillRunning = offer.availableUntil().compareTo(planDate) >= 0;
		boolean deadlineAhead = request.deadline().compareTo(planDate) >= 0;
		if (!(startsByDeadline && stillRunning && deadlineAhead)) {
			violations.add(new Violation(HardRule.NOT_AVAILABLE_IN_TIME, id,
					"%s runs %s..%s, %s is due %s, plan date %s".formatted(offer.id(), offer.availableFrom(),
							offer.availableUntil(), request.id(), request.deadline(), planDate)));
		}
		if (offer.partner().membershipStatus() != MembershipStatus.ADMITTED) {
			violations.add(new Violation(HardRule.PARTNER_NOT_ADMITTED, id,
					"%s is %s".formatted(offer.partner().id(), offer.partner().membershipStatus())));
		}
		if (rejected.contains(request.id() + "\u0000" + offer.partner().id())) {
			violations.add(new Violation(HardRule.REJECTED_BY_COORDINATION_GROUP, id,
					"%s was rejected for %s".formatted(offer.partner().id(), request.id())));
		}
	}

}
