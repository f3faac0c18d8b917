package org.ilo.coalition.matching.plan;

import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A tranche of a support request that one offer may cover; the planning entity, whose offer may stay unassigned.
 *
 * <p>Each part carries the offers eligible for it, computed once by {@link PlanBuilder}, as its own value range: moves
 * then only ever try offers that pass the static hard rules, which is what makes 20,000 parts tractable.
 */
@PlanningEntity(difficultyComparatorClass = PartDifficultyComparator.class)
public class RequestPart {

	public static final String OFFER = "offer";

	private final String id;

	private final SupportRequest request;

	private final long amount;

	private final long sharePerMille;

	private final boolean accepted;

	// Cached: the unmet-need constraint and the difficulty order read it on every evaluation.
	private final int severity;

	private final List<Offer> eligibleOffers;

	// Cached: OptaPlanner's move selectors ask every selected part whether it is pinned.
	private final boolean pinned;

	// How many parts its request has in the plan (accepted ones included), 0 when unknown; set by PlanBuilder. A part
	// that is its request's only part can never be in a pair of parts of one request, which the constraints use to
	// skip it.
	private int requestPartCount;

	// The last offers found to keep, and to break, the pair rules that need no plan date (see offerKeepsPairRules);
	// one reference each, so that a part shared between threads never reads a torn memo.
	private Offer keepsRulesMemo;

	private Offer breaksRulesMemo;

	@PlanningVariable(valueRangeProviderRefs = "eligibleOffers", nullable = true)
	private Offer offer;

	/**
	 * @param sharePerMille this part's share of the request's whole amount, in per mille; the shares of a request's parts
	 * add up to 1000 so that an unmet request weighs the same however it was cut
	 * @param accepted whether the coordination group accepted this part's offer in an earlier run (then pinned)
	 */
	public RequestPart(String id, SupportRequest request, long amount, long sharePerMille, boolean accepted,
			List<Offer> eligibleOffers, Offer offer) {
		this.id = Objects.requireNonNull(id, "id");
		this.request = Objects.requireNonNull(request, "request");
		this.amount = amount;
		this.sharePerMille = sharePerMille;
		this.accepted = accepted;
		this.severity = request.severity();
		this.eligibleOffers = List.copyOf(eligibleOffers);
		this.pinned = accepted || this.eligibleOffers.isEmpty();
		this.offer = offer;
		if (accepted && offer == null) {
			throw new IllegalArgumentException("Accepted part " + id + " must hold its offer");
		}
	}

	// OptaPlanner's planning clone needs a no-arg constructor; it then copies every field, final ones included.
	@SuppressWarnings("unused")
	private RequestPart() {
		this.id = null;
		this.request = null;
		this.amount = 0;
		this.sharePerMille = 0;
		this.accepted = false;
		this.severity = 0;
		this.eligibleOffers = null;
		this.pinned = false;
	}

	/** An independent copy holding the same offer, for what-if evaluations that must not touch the original plan. */
	public RequestPart copy() {
		RequestPart copy = new RequestPart(this.id, this.request, this.amount, this.sharePerMille, this.accepted,
				this.eligibleOffers, this.offer);
		copy.requestPartCount = this.requestPartCount;
		return copy;
	}

	// Unique pairs of parts (same partner twice) are ordered by this id.
	@PlanningId
	public String getId() {
		return this.id;
	}

	public SupportRequest getRequest() {
		return this.request;
	}

	public long getAmount() {
		return this.amount;
	}

	public long getSharePerMille() {
		return this.sharePerMille;
	}

	public boolean isAccepted() {
		return this.accepted;
	}

	/** Accepted parts never move; nor do parts with no eligible offer, which can only stay unassigned. */
	@PlanningPin
	public boolean isPinned() {
		return this.pinned;
	}

	/** How many parts the request has in the plan, accepted ones included; 0 when not known. */
	public int getRequestPartCount() {
		return this.requestPartCount;
	}

	void setRequestPartCount(int requestPartCount) {
		this.requestPartCount = requestPartCount;
	}

	/** False only when the part is known to be its request's only part in the plan. */
	public boolean maySharePartnerWithinRequest() {
		return this.requestPartCount != 1;
	}

	/**
	 * Whether the assigned offer keeps every rule about the (request, offer) pair that needs no plan date: kind and
	 * unit, admitted partner, country served, thematic area, expertise, and the offer starting by the deadline. Most
	 * parts keep them all (their offers come from the eligible offers), so the hard constraints first filter on this
	 * one memoized answer and only then ask which rule is broken.
	 */
	public boolean offerKeepsPairRules() {
		Offer current = this.offer;
		if (current == null) {
			return true;
		}
		if (current == this.keepsRulesMemo) {
			return true;
		}
		if (current == this.breaksRulesMemo) {
			return false;
		}
		boolean keeps = Eligibility.kindAndUnitMatch(current, this.request) && current.partner().isAdmitted()
				&& Eligibility.servesCountry(current, this.request.country())
				&& Eligibility.coversArea(current, this.request)
				&& Eligibility.hasExpertise(current.partner(), this.request.objective())
				&& !current.availableFrom().isAfter(this.request.deadline());
		if (keeps) {
			this.keepsRulesMemo = current;
		}
		else {
			this.breaksRulesMemo = current;
		}
		return keeps;
	}

	@ValueRangeProvider(id = "eligibleOffers")
	public List<Offer> getEligibleOffers() {
		return this.eligibleOffers;
	}

	public Offer getOffer() {
		return this.offer;
	}

	public void setOffer(Offer offer) {
		this.offer = offer;
	}

	public boolean isAssigned() {
		return this.offer != null;
	}

	/** The partner behind the assigned offer, or null while unassigned. */
	public Partner getPartner() {
		return (this.offer != null) ? this.offer.partner() : null;
	}

	public int getSeverity() {
		return this.severity;
	}

	@Override
	public String toString() {
		return this.id + "->" + ((this.offer != null) ? this.offer.id() : "unassigned");
	}

}
