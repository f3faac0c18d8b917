package org.ilo.coalition.api.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ilo.coalition.graph.matching.MatchingData;
import org.ilo.coalition.matching.plan.AcceptedMatch;
import org.ilo.coalition.matching.plan.Country;
import org.ilo.coalition.matching.plan.Deficit;
import org.ilo.coalition.matching.plan.Eligibility;
import org.ilo.coalition.matching.plan.ExistingSupport;
import org.ilo.coalition.matching.plan.MatchingParameters;
import org.ilo.coalition.matching.plan.MatchingProblem;
import org.ilo.coalition.matching.plan.MembershipStatus;
import org.ilo.coalition.matching.plan.Objective;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Partner;
import org.ilo.coalition.matching.plan.PartnerKind;
import org.ilo.coalition.matching.plan.Rejection;
import org.ilo.coalition.matching.plan.SupportKind;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.ilo.coalition.matching.plan.TrackRecord;

/**
 * Turns what {@code MatchingDataReader} read from the graph into the solver's {@link MatchingProblem}.
 *
 * <p>Accepted matches: one whose request is in the run and whose offer and partner still pass every pair rule becomes a
 * pinned part (the solver counts its amount and slot against the offer). Every other accepted match stays accepted in
 * the graph but is left out of the plan: its amount and slot are taken off the offer's amount and capacity beforehand,
 * and, when its request is in the run, its amount off what the request still needs. So no run ever undoes, moves or
 * double-counts an accepted match, and the plan checker never fails because an accepted offer was since withdrawn,
 * changed or outlived. Amounts are whole units: offers round down, requests up.
 */
public final class ProblemMapper {

	private ProblemMapper() {
	}

	/** The problem and the ids of the requests it plans (whose earlier proposals a completed run supersedes). */
	record Mapped(MatchingProblem problem, Set<String> plannedRequestIds) {
	}

	static Mapped map(MatchingData data) {
		LocalDate planDate = data.planDate();
		Map<String, Partner> partners = new LinkedHashMap<>();
		for (MatchingData.Partner p : data.partners()) {
			partners.put(p.id(), partner(p));
		}
		Map<String, Offer> fullOffers = new LinkedHashMap<>();
		for (Offer o : offers(partners, data.offers())) {
			fullOffers.put(o.id(), o);
		}
		Map<String, SupportRequest> requests = new LinkedHashMap<>();
		for (MatchingData.Request r : data.requests()) {
			requests.put(r.id(), request(r));
		}
		Set<String> rejected = new HashSet<>();
		data.rejections().forEach((x) -> rejected.add(x.requestId() + "|" + x.partnerId()));

		// Which accepted matches are pinned in the plan, which only consume.
		List<AcceptedMatch> pinned = new ArrayList<>();
		Map<String, Long> amountOutside = new HashMap<>();
		Map<String, Set<String>> requestsOutside = new HashMap<>();
		Map<String, Long> amountPinned = new HashMap<>();
		Map<String, Set<String>> requestsPinned = new HashMap<>();
		Map<String, Long> coveredOutside = new HashMap<>();
		for (MatchingData.Accepted a : data.accepted()) {
			long amount = Math.round(a.amount());
			SupportRequest request = requests.get(a.requestId());
			Offer offer = a.offerId() == null ? null : fullOffers.get(a.offerId());
			boolean keep = request != null && offer != null && Eligibility.isEligible(offer, request, planDate)
					&& !rejected.contains(a.requestId() + "|" + offer.partner().id()) && amount > 0;
			if (keep) {
				pinned.add(new AcceptedMatch(a.requestId(), a.offerId(), amount));
				amountPinned.merge(a.offerId(), amount, Long::sum);
				requestsPinned.computeIfAbsent(a.offerId(), (k) -> new HashSet<>()).add(a.requestId());
			}
			else {
				if (a.offerId() != null) {
					amountOutside.merge(a.offerId(), amount, Long::sum);
					requestsOutside.computeIfAbsent(a.offerId(), (k) -> new HashSet<>()).add(a.requestId());
				}
				if (request != null) {
					coveredOutside.merge(a.requestId(), amount, Long::sum);
				}
			}
		}
		List<SupportRequest> planned = new ArrayList<>();
		Set<String> plannedIds = new LinkedHashSet<>();
		for (SupportRequest r : requests.values()) {
			long left = r.amount() - coveredOutside.getOrDefault(r.id(), 0L);
			if (left <= 0) {
				continue;
			}
			planned.add(left == r.amount() ? r
					: new SupportRequest(r.id(), r.title(), r.kind(), left, r.unit(), r.language(), r.deadline(),
							r.country(), r.thematicAreas(), r.objective()));
			plannedIds.add(r.id());
		}
		List<AcceptedMatch> accepted = pinned.stream().filter((a) -> plannedIds.contains(a.requestId())).toList();
		// A request fully covered by matches outside the plan drops out; its pinned matches then only consume too.
		for (AcceptedMatch a : pinned) {
			if (!plannedIds.contains(a.requestId())) {
				amountPinned.merge(a.offerId(), -a.amount(), Long::sum);
				requestsPinned.get(a.offerId()).remove(a.requestId());
				amountOutside.merge(a.offerId(), a.amount(), Long::sum);
				requestsOutside.computeIfAbsent(a.offerId(), (k) -> new HashSet<>()).add(a.requestId());
			}
		}
		List<Offer> offers = new ArrayList<>();
		for (Offer o : fullOffers.values()) {
			Set<String> pinnedRequests = requestsPinned.getOrDefault(o.id(), Set.of());
			Set<String> outside = new HashSet<>(requestsOutside.getOrDefault(o.id(), Set.of()));
			outside.removeAll(pinnedRequests);
			long amount = Math.max(o.amount() - amountOutside.getOrDefault(o.id(), 0L),
					amountPinned.getOrDefault(o.id(), 0L));
			int capacity = Math.max(o.capacity() - outside.size(), pinnedRequests.size());
			offers.add(new Offer(o.id(), o.title(), o.partner(), o.kind(), Math.max(0, amount), o.unit(),
					Math.max(0, capacity), o.thematicAreas(), o.countries(), o.regions(), o.languages(),
					o.availableFrom(), o.availableUntil()));
		}
		List<Rejection> rejections = data.rejections().stream()
			.map((x) -> new Rejection(x.requestId(), x.partnerId())).toList();
		List<TrackRecord> trackRecords = data.trackRecords().stream()
			.map((t) -> new TrackRecord(t.partnerId(), t.countryIso3(), t.acceptedMatches(), t.sharedWorkStreams()))
			.toList();
		// Accepted matches are support the objective already receives (paper §28, coherence).
		List<ExistingSupport> existing = data.accepted().stream()
			.filter((a) -> a.objectiveId() != null && a.requestKind() != null)
			.map((a) -> new ExistingSupport(a.objectiveId(), SupportKind.valueOf(a.requestKind()),
					"accepted match " + a.suggestionId()))
			.toList();
		return new Mapped(new MatchingProblem(new MatchingParameters(planDate), List.copyOf(partners.values()), offers,
				planned, accepted, rejections, trackRecords, existing), plannedIds);
	}

	/**
	 * The solver's partners and their offers as a run maps them, with their full amount and capacity (nothing taken
	 * off for accepted matches); offers of partners not given are left out.
	 */
	public static List<Offer> offers(List<MatchingData.Partner> partnerData, List<MatchingData.Offer> offerData) {
		Map<String, Partner> partners = new HashMap<>();
		for (MatchingData.Partner p : partnerData) {
			partners.put(p.id(), partner(p));
		}
		return offers(partners, offerData);
	}

	private static List<Offer> offers(Map<String, Partner> partners, List<MatchingData.Offer> offerData) {
		List<Offer> offers = new ArrayList<>();
		for (MatchingData.Offer o : offerData) {
			Partner partner = partners.get(o.partnerId());
			if (partner != null) {
				offers.add(offer(o, partner, (long) Math.floor(o.amount()), o.capacity()));
			}
		}
		return offers;
	}

	/** The solver's request as a run maps it, for its whole amount. */
	public static SupportRequest request(MatchingData.Request r) {
		return request(r, (long) Math.ceil(r.amount()));
	}

	private static Partner partner(MatchingData.Partner p) {
		return new Partner(p.id(), p.name(), PartnerKind.valueOf(p.kind()), MembershipStatus.valueOf(p.membershipStatus()),
				new HashSet<>(p.expertise()));
	}

	private static Offer offer(MatchingData.Offer o, Partner partner, long amount, int capacity) {
		return new Offer(o.id(), o.title(), partner, SupportKind.valueOf(o.kind()), Math.max(0, amount), o.unit(),
				Math.max(0, capacity), new HashSet<>(o.thematicAreas()), new HashSet<>(o.countries()),
				new HashSet<>(o.regions()), new HashSet<>(o.languages()), o.availableFrom(), o.availableUntil());
	}

	private static SupportRequest request(MatchingData.Request r, long amount) {
		List<Deficit> deficits = r.deficits().stream()
			.map((d) -> d.severity() == null ? Deficit.noData(d.indicatorCode(), d.thematicAreaCode())
					: new Deficit(d.indicatorCode(), d.thematicAreaCode(), Math.max(1, Math.min(5, d.severity()))))
			.toList();
		Objective objective = new Objective(r.objectiveId(), r.objectiveTitle(), new HashSet<>(r.neededExpertise()),
				deficits);
		Country country = new Country(r.countryIso3(), r.countryName(), r.regionCode() == null ? "" : r.regionCode());
		return new SupportRequest(r.id(), r.title(), SupportKind.valueOf(r.kind()), Math.max(1, amount), r.unit(),
				r.language(), r.deadline(), country, new HashSet<>(r.thematicAreas()), objective);
	}

}
