package org.ilo.coalition.matching.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ilo.coalition.matching.constraint.MatchingWeights;
import org.ilo.coalition.matching.plan.Eligibility;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Ruin and recreate for the matching problem (OptaPlanner 10.1 has no ruin-and-recreate move of its own): empty one to
 * three offers that compete for an unmet part, then refill them, and any other eligible offer with room, from the
 * parts just removed, the unmet part and other unmet parts eligible for the emptied offers, most valuable need first,
 * each on the tightest fit that keeps the amount and the capacity.
 *
 * <p>Change and swap moves move one part at a time; meeting a more severe need usually means moving two or three
 * parts at once (free an offer's amount or capacity, put the parts it held elsewhere, place the new part). A repack
 * does that in one move, and never overdraws an offer: it only fills offers with what they still hold.
 *
 * <p>Offers' use (amount given, requests served) is read lazily from the working solution, once per step: all moves
 * of a step start from the same solution, since each evaluated move is undone before the next one is created.
 */
public final class RepackMoveIteratorFactory implements MoveIteratorFactory<MatchingPlan, ReassignMove> {

	/** At most this many unmet parts, besides the seed, are offered a place in the emptied offers. */
	static final int MAX_UNMET_CANDIDATES = 24;

	/** At most this many offers are emptied by one move. */
	static final int MAX_RUINED_OFFERS = 3;

	private Index index;

	@Override
	public void phaseStarted(ScoreDirector<MatchingPlan> scoreDirector) {
		this.index = new Index(scoreDirector.getWorkingSolution());
	}

	@Override
	public void phaseEnded(ScoreDirector<MatchingPlan> scoreDirector) {
		this.index = null;
	}

	@Override
	public long getSize(ScoreDirector<MatchingPlan> scoreDirector) {
		return (this.index != null) ? this.index.movable.size() : scoreDirector.getWorkingSolution().getParts().size();
	}

	@Override
	public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<MatchingPlan> scoreDirector) {
		throw new UnsupportedOperationException("Repack moves are random only: set selectionOrder RANDOM");
	}

	@Override
	public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<MatchingPlan> scoreDirector, Random random) {
		Index current = (this.index != null) ? this.index : new Index(scoreDirector.getWorkingSolution());
		return new RepackIterator(current, random);
	}

	/** Static facts of the working solution: the movable parts and, per offer, every part that may sit on it. */
	static final class Index {

		final List<RequestPart> movable = new ArrayList<>();

		final Map<Offer, List<RequestPart>> partsByOffer = new HashMap<>();

		Index(MatchingPlan plan) {
			for (RequestPart part : plan.getParts()) {
				if (!part.isPinned()) {
					this.movable.add(part);
					for (Offer offer : part.getEligibleOffers()) {
						this.partsByOffer.computeIfAbsent(offer, (key) -> new ArrayList<>()).add(part);
					}
				}
				if (part.getOffer() != null && (part.isPinned() || !part.getEligibleOffers().contains(part.getOffer()))) {
					this.partsByOffer.computeIfAbsent(part.getOffer(), (key) -> new ArrayList<>()).add(part);
				}
			}
		}

	}

	/** What an offer gives and to which requests: the amount and capacity rules. */
	static final class Use {

		long given;

		final Map<SupportRequest, Integer> requests;

		Use(long given, Map<SupportRequest, Integer> requests) {
			this.given = given;
			this.requests = requests;
		}

		Use copy() {
			return new Use(this.given, new HashMap<>(this.requests));
		}

		boolean fits(Offer offer, RequestPart part) {
			return this.given + part.getAmount() <= offer.amount()
					&& (this.requests.containsKey(part.getRequest()) || this.requests.size() < offer.capacity());
		}

		void add(RequestPart part) {
			this.given += part.getAmount();
			this.requests.merge(part.getRequest(), 1, Integer::sum);
		}

		void remove(RequestPart part) {
			this.given -= part.getAmount();
			this.requests.merge(part.getRequest(), -1, (a, b) -> (a + b == 0) ? null : a + b);
		}

	}

	private static final class RepackIterator implements Iterator<ReassignMove> {

		private static final int ATTEMPTS = 8;

		private final Index index;

		private final Random random;

		// Offers' use in the step's solution, read lazily; moves copy what they change.
		private final Map<Offer, Use> stepUse = new HashMap<>();

		RepackIterator(Index index, Random random) {
			this.index = index;
			this.random = random;
		}

		@Override
		public boolean hasNext() {
			return !this.index.movable.isEmpty();
		}

		@Override
		public ReassignMove next() {
			for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
				ReassignMove move = attempt();
				if (move != null) {
					return move;
				}
			}
			// Not doable: the local search skips it and asks for the next one.
			return new ReassignMove(new RequestPart[0], new Offer[0]);
		}

		private Use stepUse(Offer offer) {
			Use use = this.stepUse.get(offer);
			if (use == null) {
				use = new Use(0, new HashMap<>());
				for (RequestPart part : this.index.partsByOffer.getOrDefault(offer, List.of())) {
					if (offer.equals(part.getOffer())) {
						use.add(part);
					}
				}
				this.stepUse.put(offer, use);
			}
			return use;
		}

		private ReassignMove attempt() {
			List<RequestPart> movable = this.index.movable;
			// Seed: preferably a part whose need is unmet.
			RequestPart seed = movable.get(this.random.nextInt(movable.size()));
			for (int i = 0; i < 10 && seed.getOffer() != null; i++) {
				seed = movable.get(this.random.nextInt(movable.size()));
			}
			List<Offer> eligible = seed.getEligibleOffers();
			Tentative plan = new Tentative(this);
			List<Offer> ruined = new ArrayList<>();
			int ruinCount = 1 + this.random.nextInt(Math.min(MAX_RUINED_OFFERS, eligible.size()));
			for (int i = 0; i < ruinCount * 2 && ruined.size() < ruinCount; i++) {
				Offer offer = eligible.get(this.random.nextInt(eligible.size()));
				if (!ruined.contains(offer)) {
					ruined.add(offer);
				}
			}
			if (seed.getOffer() != null && !ruined.contains(seed.getOffer())) {
				ruined.add(seed.getOffer());
			}
			// Ruin: every movable part on the chosen offers leaves it.
			List<RequestPart> candidates = new ArrayList<>();
			for (Offer offer : ruined) {
				for (RequestPart part : this.index.partsByOffer.getOrDefault(offer, List.of())) {
					if (!part.isPinned() && offer.equals(plan.offerOf(part))) {
						plan.assign(part, null);
						candidates.add(part);
					}
				}
			}
			if (!candidates.contains(seed)) {
				candidates.add(seed);
			}
			// Other unmet parts that could use the freed room, a random sample when there are many.
			List<RequestPart> unmet = new ArrayList<>();
			for (Offer offer : ruined) {
				for (RequestPart part : this.index.partsByOffer.getOrDefault(offer, List.of())) {
					if (!part.isPinned() && part.getOffer() == null && part != seed) {
						unmet.add(part);
					}
				}
			}
			if (unmet.size() > MAX_UNMET_CANDIDATES) {
				Collections.shuffle(unmet, this.random);
				unmet = unmet.subList(0, MAX_UNMET_CANDIDATES);
			}
			for (RequestPart part : unmet) {
				if (!candidates.contains(part)) {
					candidates.add(part);
				}
			}
			// Recreate: most valuable need first (with some noise, or in random order now and then).
			order(candidates);
			boolean randomFit = this.random.nextInt(4) == 0;
			for (RequestPart part : candidates) {
				Offer best = null;
				long bestKey = Long.MAX_VALUE;
				for (Offer offer : part.getEligibleOffers()) {
					Use use = plan.use(offer);
					if (!use.fits(offer, part)) {
						continue;
					}
					long slack = offer.amount() - use.given - part.getAmount();
					long key = randomFit ? this.random.nextInt(1 << 20)
							: (Eligibility.speaksLanguage(offer, part.getRequest()) ? 0 : (1L << 60)) + slack;
					if (key < bestKey) {
						bestKey = key;
						best = offer;
					}
				}
				if (best != null && this.random.nextInt(50) != 0) {
					plan.assign(part, best);
				}
			}
			return plan.toMove();
		}

		private void order(List<RequestPart> candidates) {
			int mode = this.random.nextInt(8);
			if (mode == 0) {
				Collections.shuffle(candidates, this.random);
				return;
			}
			Map<RequestPart, Double> keys = new IdentityHashMap<>();
			for (RequestPart part : candidates) {
				double value = MatchingWeights.unmetNeed(part.getSharePerMille(), part.getSeverity());
				double noise = (mode <= 3) ? 1.0 : (0.75 + 0.5 * this.random.nextDouble());
				keys.put(part, -value * noise);
			}
			candidates.sort((a, b) -> Double.compare(keys.get(a), keys.get(b)));
		}

	}

	/** A move being built: the parts' new offers and the offers' use after them. */
	private static final class Tentative {

		private final RepackIterator iterator;

		private final Map<RequestPart, Offer> assignment = new LinkedHashMap<>();

		private final Map<Offer, Use> use = new HashMap<>();

		Tentative(RepackIterator iterator) {
			this.iterator = iterator;
		}

		Offer offerOf(RequestPart part) {
			return this.assignment.containsKey(part) ? this.assignment.get(part) : part.getOffer();
		}

		Use use(Offer offer) {
			Use local = this.use.get(offer);
			if (local == null) {
				local = this.iterator.stepUse(offer).copy();
				this.use.put(offer, local);
			}
			return local;
		}

		void assign(RequestPart part, Offer offer) {
			Offer old = offerOf(part);
			if (old != null) {
				use(old).remove(part);
			}
			if (offer != null) {
				use(offer).add(part);
			}
			this.assignment.put(part, offer);
		}

		ReassignMove toMove() {
			List<RequestPart> parts = new ArrayList<>();
			List<Offer> offers = new ArrayList<>();
			for (Map.Entry<RequestPart, Offer> entry : this.assignment.entrySet()) {
				RequestPart part = entry.getKey();
				Offer offer = entry.getValue();
				if (!java.util.Objects.equals(part.getOffer(), offer)) {
					parts.add(part);
					offers.add(offer);
				}
			}
			if (parts.isEmpty()) {
				return null;
			}
			return new ReassignMove(parts.toArray(new RequestPart[0]), offers.toArray(new Offer[0]));
		}

	}

}
