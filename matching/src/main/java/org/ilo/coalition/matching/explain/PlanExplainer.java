package org.ilo.coalition.matching.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.ilo.coalition.matching.constraint.MatchJustification;
import org.ilo.coalition.matching.constraint.MatchingConstraintProvider;
import org.ilo.coalition.matching.plan.Country;
import org.ilo.coalition.matching.plan.Eligibility;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Partner;
import org.ilo.coalition.matching.plan.Rejection;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;

/**
 * Explains every assigned part of a plan: the rules it satisfies, what its assignment changes in each constraint, and
 * what the best other eligible offer would have cost.
 *
 * <p>Impacts are score differences on a neighbourhood of the part (the parts of its request, of its country and of
 * the partners involved), not on the whole plan: every constraint groups parts by offer, partner, request or country,
 * so the difference is the same as on the whole plan, and scoring a few dozen parts instead of thousands keeps each
 * explanation in the order of a millisecond. The plan itself is never changed.
 */
public final class PlanExplainer {

	/** How many other eligible offers are tried per part for the next-best alternative. */
	public static final int DEFAULT_MAX_ALTERNATIVES = 5;

	private final SolutionManager<MatchingPlan, HardMediumSoftLongScore> solutionManager;

	private final int maxAlternatives;

	public PlanExplainer(SolutionManager<MatchingPlan, HardMediumSoftLongScore> solutionManager) {
		this(solutionManager, DEFAULT_MAX_ALTERNATIVES);
	}

	public PlanExplainer(SolutionManager<MatchingPlan, HardMediumSoftLongScore> solutionManager, int maxAlternatives) {
		this.solutionManager = Objects.requireNonNull(solutionManager, "solutionManager");
		this.maxAlternatives = maxAlternatives;
	}

	/** One explanation per assigned part, in the plan's order. */
	public List<PartExplanation> explain(MatchingPlan plan) {
		Index index = new Index(plan);
		List<PartExplanation> explanations = new ArrayList<>();
		for (RequestPart part : plan.getParts()) {
			if (part.getOffer() != null) {
				explanations.add(explain(plan, index, part));
			}
		}
		return explanations;
	}

	/** The explanation of one assigned part of the plan. */
	public PartExplanation explain(MatchingPlan plan, RequestPart part) {
		if (part.getOffer() == null) {
			throw new IllegalArgumentException("Part " + part.getId() + " is unassigned");
		}
		return explain(plan, new Index(plan), part);
	}

	private PartExplanation explain(MatchingPlan plan, Index index, RequestPart part) {
		Offer offer = part.getOffer();
		List<Offer> candidates = part.isAccepted() ? List.of() : candidates(part);
		// One neighbourhood for the part and all its candidates: a superset changes no difference, and it is scored
		// 2 + candidates times instead of 2 + 2 x candidates.
		Set<Partner> partners = new LinkedHashSet<>();
		partners.add(offer.partner());
		candidates.forEach((candidate) -> partners.add(candidate.partner()));
		Neighbourhood with = index.neighbourhood(plan, part, partners);
		ScoreExplanation<MatchingPlan, HardMediumSoftLongScore> assigned = this.solutionManager.explain(with.plan,
				SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
		with.part.setOffer(null);
		ScoreExplanation<MatchingPlan, HardMediumSoftLongScore> unassigned = this.solutionManager.explain(with.plan,
				SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
		with.part.setOffer(offer);

		List<Reason> reasons = new ArrayList<>();
		if (part.isAccepted()) {
			reasons.add(new Reason("Accepted", HardMediumSoftLongScore.ZERO,
					"was accepted by the coordination group in an earlier run and stays fixed"));
		}
		Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> withTotals = byName(assigned);
		Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> withoutTotals = byName(unassigned);
		Set<String> changed = new LinkedHashSet<>();
		for (String name : MatchingConstraintProvider.CONSTRAINT_NAMES) {
			HardMediumSoftLongScore impact = total(withTotals, name).subtract(total(withoutTotals, name));
			if (!impact.isZero()) {
				changed.add(name);
				reasons.add(new Reason(name, impact, impactSentence(name, part, withTotals.get(name),
						withoutTotals.get(name))));
			}
		}
		reasons.addAll(satisfiedRules(plan, index, part, changed));

		Alternative nextBest = null;
		for (Offer candidate : candidates) {
			Alternative alternative = evaluate(with, assigned.getScore(), candidate);
			if (nextBest == null || alternative.scoreDifference().compareTo(nextBest.scoreDifference()) > 0) {
				nextBest = alternative;
			}
		}
		with.part.setOffer(offer);
		return new PartExplanation(part.getId(), part.getRequest().id(), offer.id(), offer.partner().id(),
				part.getAmount(), part.getRequest().unit(), part.isAccepted(),
				assigned.getScore().subtract(unassigned.getScore()), reasons, nextBest, candidates.size());
	}

	private Alternative evaluate(Neighbourhood around, HardMediumSoftLongScore planned, Offer candidate) {
		around.part.setOffer(candidate);
		HardMediumSoftLongScore instead = this.solutionManager.update(around.plan,
				SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
		HardMediumSoftLongScore difference = instead.subtract(planned);
		String verdict = (difference.compareTo(HardMediumSoftLongScore.ZERO) < 0)
				? "would have cost " + difference.negate()
				: (difference.isZero() ? "would have scored the same" : "would have gained " + difference);
		return new Alternative(candidate.id(), candidate.title(), candidate.partner().id(), candidate.partner().name(),
				difference, "the next best, offer '%s' of %s, %s".formatted(candidate.title(), candidate.partner().name(),
						verdict));
	}

	// Eligible offers other than the current one, preferring those in the request's language and with room left, so
	// that a cap on alternatives drops the least likely ones.
	private List<Offer> candidates(RequestPart part) {
		return part.getEligibleOffers()
			.stream()
			.filter((offer) -> !offer.equals(part.getOffer()))
			.sorted(Comparator.comparing((Offer offer) -> !Eligibility.speaksLanguage(offer, part.getRequest()))
				.thenComparing(Comparator.comparingLong(Offer::amount).reversed())
				.thenComparing(Offer::id))
			.limit(this.maxAlternatives)
			.toList();
	}

	private static String impactSentence(String name, RequestPart part,
			ConstraintMatchTotal<HardMediumSoftLongScore> with, ConstraintMatchTotal<HardMediumSoftLongScore> without) {
		if (name.equals(MatchingConstraintProvider.UNMET_NEED)) {
			SupportRequest request = part.getRequest();
			return "meets %d %s of request '%s' in %s (%s)".formatted(part.getAmount(), request.unit(),
					request.title(), request.country().name(), request.severityPhrase());
		}
		Set<String> before = sentences(without);
		Set<String> after = sentences(with);
		List<String> added = after.stream().filter((sentence) -> !before.contains(sentence)).toList();
		if (!added.isEmpty()) {
			return String.join("; ", added);
		}
		List<String> removed = before.stream().filter((sentence) -> !after.contains(sentence)).toList();
		return "avoids that " + String.join("; ", removed);
	}

	private static Set<String> sentences(ConstraintMatchTotal<HardMediumSoftLongScore> total) {
		Set<String> sentences = new TreeSet<>();
		if (total != null) {
			for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
				if (match.getJustification() instanceof MatchJustification justification) {
					sentences.add(justification.sentence());
				}
			}
		}
		return sentences;
	}

	// The hard rules the part satisfies, which cost nothing and so show up in no score difference.
	private static List<Reason> satisfiedRules(MatchingPlan plan, Index index, RequestPart part, Set<String> changed) {
		SupportRequest request = part.getRequest();
		Offer offer = part.getOffer();
		Partner partner = offer.partner();
		Country country = request.country();
		Map<String, String> sentences = new LinkedHashMap<>();
		long total = 0;
		Set<String> requests = new LinkedHashSet<>();
		for (RequestPart other : index.byOffer.getOrDefault(offer, List.of())) {
			total += other.getAmount();
			requests.add(other.getRequest().id());
		}
		sentences.put(MatchingConstraintProvider.OFFER_AMOUNT_EXCEEDED,
				"offer '%s' holds %d %s and gives %d in all".formatted(offer.title(), offer.amount(), offer.unit(), total));
		sentences.put(MatchingConstraintProvider.OFFER_CAPACITY_EXCEEDED,
				"offer '%s' serves %d of the %d requests it can serve at once".formatted(offer.title(), requests.size(),
						offer.capacity()));
		sentences.put(MatchingConstraintProvider.KIND_OR_UNIT_MISMATCH,
				"gives %s in %s as requested".formatted(request.kind(), request.unit()));
		Set<String> areas = new TreeSet<>(request.thematicAreas());
		areas.retainAll(offer.thematicAreas());
		sentences.put(MatchingConstraintProvider.THEMATIC_AREA_NOT_COVERED,
				"covers the thematic area%s %s of the request".formatted((areas.size() == 1) ? "" : "s", quoted(areas)));
		Set<String> expertise = new TreeSet<>(request.objective().neededExpertise());
		sentences.put(MatchingConstraintProvider.EXPERTISE_MISSING, expertise.isEmpty()
				? "the objective names no particular expertise"
				: "covers the expertise %s that the objective needs".formatted(quoted(expertise)));
		sentences.put(MatchingConstraintProvider.COUNTRY_NOT_SERVED, Eligibility.servesCountryDirectly(offer, country)
				? "serves %s directly".formatted(country.name())
				: "serves %s through its region %s".formatted(country.name(), country.region()));
		sentences.put(MatchingConstraintProvider.NOT_AVAILABLE_IN_TIME,
				"is available from %s to %s, in time for the deadline %s".formatted(offer.availableFrom(),
						offer.availableUntil(), request.deadline()));
		sentences.put(MatchingConstraintProvider.PARTNER_NOT_ADMITTED,
				"%s is an admitted member of the Coalition".formatted(partner.name()));
		sentences.put(MatchingConstraintProvider.REJECTED_BY_COORDINATION_GROUP,
				"the coordination group has not rejected %s for this request".formatted(partner.name()));
		if (Eligibility.speaksLanguage(offer, request)) {
			sentences.put(MatchingConstraintProvider.LANGUAGE_MISMATCH,
					"is given in the requested language '%s'".formatted(request.language()));
		}
		List<Reason> reasons = new ArrayList<>();
		sentences.forEach((name, sentence) -> {
			if (!changed.contains(name) && (!name.equals(MatchingConstraintProvider.REJECTED_BY_COORDINATION_GROUP)
					|| !index.rejected(request, partner))) {
				reasons.add(new Reason(name, HardMediumSoftLongScore.ZERO, sentence));
			}
		});
		return reasons;
	}

	private static String quoted(Set<String> codes) {
		return String.join(", ", codes.stream().map((code) -> "'" + code + "'").toList());
	}

	private static Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> byName(
			ScoreExplanation<MatchingPlan, HardMediumSoftLongScore> explanation) {
		Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = new HashMap<>();
		for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
			totals.put(total.getConstraintName(), total);
		}
		return totals;
	}

	private static HardMediumSoftLongScore total(Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals,
			String name) {
		ConstraintMatchTotal<HardMediumSoftLongScore> total = totals.get(name);
		return (total != null) ? total.getScore() : HardMediumSoftLongScore.ZERO;
	}

	/** A copy of the parts around one part, with the copy of that part to reassign. */
	private record Neighbourhood(MatchingPlan plan, RequestPart part) {
	}

	/** The plan's parts grouped the ways the constraints group them. */
	private static final class Index {

		private final Map<SupportRequest, List<RequestPart>> byRequest = new HashMap<>();

		private final Map<Country, List<RequestPart>> byCountry = new HashMap<>();

		private final Map<Partner, List<RequestPart>> byPartner = new HashMap<>();

		private final Map<Offer, List<RequestPart>> byOffer = new HashMap<>();

		private final Set<String> rejections = new HashSet<>();

		Index(MatchingPlan plan) {
			for (RequestPart part : plan.getParts()) {
				this.byRequest.computeIfAbsent(part.getRequest(), (key) -> new ArrayList<>()).add(part);
				this.byCountry.computeIfAbsent(part.getRequest().country(), (key) -> new ArrayList<>()).add(part);
				if (part.getOffer() != null) {
					this.byPartner.computeIfAbsent(part.getOffer().partner(), (key) -> new ArrayList<>()).add(part);
					this.byOffer.computeIfAbsent(part.getOffer(), (key) -> new ArrayList<>()).add(part);
				}
			}
			for (Rejection rejection : plan.getRejections()) {
				this.rejections.add(rejection.requestId() + "\u0000" + rejection.partnerId());
			}
		}

		boolean rejected(SupportRequest request, Partner partner) {
			return this.rejections.contains(request.id() + "\u0000" + partner.id());
		}

		Neighbourhood neighbourhood(MatchingPlan plan, RequestPart part, Set<Partner> partners) {
			Map<RequestPart, RequestPart> copies = new IdentityHashMap<>();
			List<RequestPart> parts = new ArrayList<>();
			List<List<RequestPart>> groups = new ArrayList<>();
			groups.add(this.byRequest.getOrDefault(part.getRequest(), List.of()));
			groups.add(this.byCountry.getOrDefault(part.getRequest().country(), List.of()));
			for (Partner partner : partners) {
				groups.add(this.byPartner.getOrDefault(partner, List.of()));
			}
			for (List<RequestPart> group : groups) {
				for (RequestPart member : group) {
					if (!copies.containsKey(member)) {
						RequestPart copy = member.copy();
						copies.put(member, copy);
						parts.add(copy);
					}
				}
			}
			return new Neighbourhood(plan.withParts(parts), copies.get(part));
		}

	}

}
