package org.ilo.coalition.matching.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The planning solution: the facts of one run and the parts whose offers the solver chooses. */
@PlanningSolution
public class MatchingPlan {

	@ProblemFactProperty
	private final MatchingParameters parameters;

	@ProblemFactCollectionProperty
	private final List<Partner> partners;

	@ProblemFactCollectionProperty
	private final List<Offer> offers;

	@ProblemFactCollectionProperty
	private final List<SupportRequest> requests;

	@ProblemFactCollectionProperty
	private final List<Rejection> rejections;

	@ProblemFactCollectionProperty
	private final List<TrackRecord> trackRecords;

	@ProblemFactCollectionProperty
	private final List<ExistingSupport> existingSupport;

	@PlanningEntityCollectionProperty
	private final List<RequestPart> parts;

	@PlanningScore
	private HardMediumSoftLongScore score;

	public MatchingPlan(MatchingParameters parameters, List<Partner> partners, List<Offer> offers,
			List<SupportRequest> requests, List<Rejection> rejections, List<TrackRecord> trackRecords,
			List<ExistingSupport> existingSupport, List<RequestPart> parts) {
		this.parameters = Objects.requireNonNull(parameters, "parameters");
		this.partners = List.copyOf(partners);
		this.offers = List.copyOf(offers);
		this.requests = List.copyOf(requests);
		this.rejections = List.copyOf(rejections);
		this.trackRecords = List.copyOf(trackRecords);
		this.existingSupport = List.copyOf(existingSupport);
		// Mutable on purpose: OptaPlanner's planning clone replaces the entities of the list it is given.
		this.parts = new ArrayList<>(parts);
	}

	// OptaPlanner's planning clone needs a no-arg constructor; it then copies every field, final ones included.
	@SuppressWarnings("unused")
	private MatchingPlan() {
		this.parameters = null;
		this.partners = null;
		this.offers = null;
		this.requests = null;
		this.rejections = null;
		this.trackRecords = null;
		this.existingSupport = null;
		this.parts = null;
	}

	/** The same facts with copies of the given parts, for what-if evaluations that must not touch this plan. */
	public MatchingPlan withParts(List<RequestPart> otherParts) {
		return new MatchingPlan(this.parameters, this.partners, this.offers, this.requests, this.rejections,
				this.trackRecords, this.existingSupport, otherParts);
	}

	/** A copy whose parts can be reassigned without changing this plan. */
	public MatchingPlan copy() {
		return withParts(this.parts.stream().map(RequestPart::copy).toList());
	}

	public MatchingParameters getParameters() {
		return this.parameters;
	}

	public List<Partner> getPartners() {
		return this.partners;
	}

	public List<Offer> getOffers() {
		return this.offers;
	}

	public List<SupportRequest> getRequests() {
		return this.requests;
	}

	public List<Rejection> getRejections() {
		return this.rejections;
	}

	public List<TrackRecord> getTrackRecords() {
		return this.trackRecords;
	}

	public List<ExistingSupport> getExistingSupport() {
		return this.existingSupport;
	}

	public List<RequestPart> getParts() {
		return this.parts;
	}

	public HardMediumSoftLongScore getScore() {
		return this.score;
	}

	public void setScore(HardMediumSoftLongScore score) {
		this.score = score;
	}

}
