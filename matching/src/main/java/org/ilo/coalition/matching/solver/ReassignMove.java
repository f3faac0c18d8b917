package org.ilo.coalition.matching.solver;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.RequestPart;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Gives several parts a new offer (or none) in one step: what a repack ({@link RepackMoveIteratorFactory}) decided.
 * Its undo move gives each part back the offer it had.
 */
public final class ReassignMove extends AbstractMove<MatchingPlan> {

	private final RequestPart[] parts;

	private final Offer[] offers;

	public ReassignMove(RequestPart[] parts, Offer[] offers) {
		if (parts.length != offers.length) {
			throw new IllegalArgumentException("One offer (or null) per part");
		}
		this.parts = parts;
		this.offers = offers;
	}

	@Override
	public boolean isMoveDoable(ScoreDirector<MatchingPlan> scoreDirector) {
		for (int i = 0; i < this.parts.length; i++) {
			if (!Objects.equals(this.parts[i].getOffer(), this.offers[i])) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected ReassignMove createUndoMove(ScoreDirector<MatchingPlan> scoreDirector) {
		// Undone in reverse order, so that a part listed twice ends on the offer it had first.
		int n = this.parts.length;
		RequestPart[] undoParts = new RequestPart[n];
		Offer[] undoOffers = new Offer[n];
		for (int i = 0; i < n; i++) {
			undoParts[n - 1 - i] = this.parts[i];
			undoOffers[n - 1 - i] = this.parts[i].getOffer();
		}
		return new ReassignMove(undoParts, undoOffers);
	}

	@Override
	protected void doMoveOnGenuineVariables(ScoreDirector<MatchingPlan> scoreDirector) {
		for (int i = 0; i < this.parts.length; i++) {
			RequestPart part = this.parts[i];
			scoreDirector.beforeVariableChanged(part, RequestPart.OFFER);
			part.setOffer(this.offers[i]);
			scoreDirector.afterVariableChanged(part, RequestPart.OFFER);
		}
	}

	@Override
	public ReassignMove rebase(ScoreDirector<MatchingPlan> destinationScoreDirector) {
		RequestPart[] rebasedParts = new RequestPart[this.parts.length];
		Offer[] rebasedOffers = new Offer[this.offers.length];
		for (int i = 0; i < this.parts.length; i++) {
			rebasedParts[i] = destinationScoreDirector.lookUpWorkingObject(this.parts[i]);
			rebasedOffers[i] = (this.offers[i] != null) ? destinationScoreDirector.lookUpWorkingObject(this.offers[i])
					: null;
		}
		return new ReassignMove(rebasedParts, rebasedOffers);
	}

	@Override
	public String getSimpleMoveTypeDescription() {
		return "ReassignMove(RequestPart.offer)";
	}

	@Override
	public List<RequestPart> getPlanningEntities() {
		return Arrays.asList(this.parts);
	}

	@Override
	public Set<Offer> getPlanningValues() {
		Set<Offer> values = new LinkedHashSet<>();
		for (Offer offer : this.offers) {
			if (offer != null) {
				values.add(offer);
			}
		}
		return values;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("{");
		for (int i = 0; i < this.parts.length; i++) {
			text.append((i > 0) ? ", " : "").append(this.parts[i].getId()).append(" -> ")
				.append((this.offers[i] != null) ? this.offers[i].id() : "none");
		}
		return text.append('}').toString();
	}

}
