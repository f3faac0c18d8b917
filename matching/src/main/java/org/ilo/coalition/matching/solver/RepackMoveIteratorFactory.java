package org.ilo.coalition.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
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
 * <p>Offers' use (amount given, parts served) is kept per offer and brought up to date with the working solution at
 * the start of every step, in one pass over the parts: all moves of a step start from the same solution, since each
 * evaluated move is undone before the next one is created. Parts and offers are numbered so that building a move
 * needs no hashing.
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
		return (this.index != null) ? this.index.parts.length : scoreDirector.getWorkingSolution().getParts().size();
	}

	@Override
	public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<MatchingPlan> scoreDirector) {
		throw new UnsupportedOperationException("Repack moves are random only: set selectionOrder RANDOM");
	}

	@Override
	public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<MatchingPlan> scoreDirector, Random random) {
		Index current = (this.index != null) ? this.index : new Index(scoreDirector.getWorkingSolution());
		// Every move of a step starts from the step's solution (each evaluated move is undone before the next one is
		// created), so one sync per step keeps the offers' use right for all of them.
		current.sync();
		return new RepackIterator(current, random);
	}

	/**
	 * The working solution seen from the offers: numbered movable parts and offers, per offer the parts that may sit
	 * on it, and per offer what it gives now (kept in step with the working solution by {@link #sync()}).
	 */
	static final class Index {

		final RequestPart[] parts;

		final long[] values;

		final int[][] eligible;

		final Offer[] offers;

		final int[][] candidates;

		final Use[] use;

		private final Map<Offer, Integer> offerNumbers = new HashMap<>();

		// The offer number the registry last saw for each movable part, -1 for none.
		private final int[] accounted;

		Index(MatchingPlan plan) {
			List<RequestPart> movable = new ArrayList<>();
			List<Offer> offerList = new ArrayList<>();
			for (RequestPart part : plan.getParts()) {
				if (!part.isPinned()) {
					movable.add(part);
				}
				for (Offer offer : part.getEligibleOffers()) {
					number(offer, offerList);
				}
				if (part.getOffer() != null) {
					number(part.getOffer(), offerList);
				}
			}
			this.parts = movable.toArray(new RequestPart[0]);
			this.offers = offerList.toArray(new Offer[0]);
			this.values = new long[this.parts.length];
			this.eligible = new int[this.parts.length][];
			int[] counts = new int[this.offers.length];
			for (int p = 0; p < this.parts.length; p++) {
				RequestPart part = this.parts[p];
				this.values[p] = MatchingWeights.unmetNeed(part.getSharePerMille(), part.getSeverity());
				List<Offer> offers = part.getEligibleOffers();
				this.eligible[p] = new int[offers.size()];
				for (int i = 0; i < offers.size(); i++) {
					int o = this.offerNumbers.get(offers.get(i));
					this.eligible[p][i] = o;
					counts[o]++;
				}
			}
			this.candidates = new int[this.offers.length][];
			for (int o = 0; o < this.offers.length; o++) {
				this.candidates[o] = new int[counts[o]];
			}
			Arrays.fill(counts, 0);
			for (int p = 0; p < this.parts.length; p++) {
				for (int o : this.eligible[p]) {
					this.candidates[o][counts[o]++] = p;
				}
			}
			this.use = new Use[this.offers.length];
			for (int o = 0; o < this.offers.length; o++) {
				this.use[o] = new Use(this.offers[o]);
			}
			for (RequestPart part : plan.getParts()) {
				if (part.isPinned() && part.getOffer() != null) {
					this.use[this.offerNumbers.get(part.getOffer())].add(part);
				}
			}
			this.accounted = new int[this.parts.length];
			Arrays.fill(this.accounted, -1);
			sync();
		}

		private void number(Offer offer, List<Offer> offerList) {
			if (!this.offerNumbers.containsKey(offer)) {
				this.offerNumbers.put(offer, offerList.size());
				offerList.add(offer);
			}
		}

		/** Brings the offers' use up to date with the working solution: one pass over the movable parts. */
		void sync() {
			for (int p = 0; p < this.parts.length; p++) {
				RequestPart part = this.parts[p];
				Offer now = part.getOffer();
				int before = this.accounted[p];
				if (before >= 0 && this.offers[before] == now) {
					continue;
				}
				if (before < 0 && now == null) {
					continue;
				}
				if (before >= 0) {
					this.use[before].remove(part);
				}
				int after = -1;
				if (now != null) {
					Integer number = this.offerNumbers.get(now);
					// An offer the plan did not know (injected by hand): left out of repacks.
					after = (number != null) ? number : -1;
					if (after >= 0) {
						this.use[after].add(part);
					}
				}
				this.accounted[p] = after;
			}
		}

		/** The offer number of the part now, -1 for none or an unknown offer. */
		int offerOf(int part) {
			return this.accounted[part];
		}

	}

	/** What an offer gives and to which parts: the amount and capacity rules. */
	static final class Use {

		final Offer offer;

		long given;

		// The parts on the offer; a handful, so a list scan beats hashing.
		final List<RequestPart> parts;

		Use(Offer offer) {
			this(offer, 0, new ArrayList<>(4));
		}

		private Use(Offer offer, long given, List<RequestPart> parts) {
			this.offer = offer;
			this.given = given;
			this.parts = parts;
		}

		Use copy() {
			return new Use(this.offer, this.given, new ArrayList<>(this.parts));
		}

		boolean fits(RequestPart part) {
			if (this.given + part.getAmount() > this.offer.amount()) {
				return false;
			}
			SupportRequest request = part.getRequest();
			int distinct = 0;
			for (int i = 0; i < this.parts.size(); i++) {
				SupportRequest other = this.parts.get(i).getRequest();
				if (other == request || other.equals(request)) {
					return true;
				}
				if (firstOfItsRequest(i)) {
					distinct++;
				}
			}
			return distinct < this.offer.capacity();
		}

		private boolean firstOfItsRequest(int index) {
			SupportRequest request = this.parts.get(index).getRequest();
			for (int j = 0; j < index; j++) {
				if (this.parts.get(j).getRequest().equals(request)) {
					return false;
				}
			}
			return true;
		}

		void add(RequestPart part) {
			this.given += part.getAmount();
			this.parts.add(part);
		}

		void remove(RequestPart part) {
			if (this.parts.remove(part)) {
				this.given -= part.getAmount();
			}
		}

	}

	private static final class RepackIterator implements Iterator<ReassignMove> {

		private static final int ATTEMPTS = 8;

		private static final int UNTOUCHED = -2;

		private final Index index;

		private final Random random;

		// The move being built: new offer number per part (UNTOUCHED, -1 for none), the offers' use after it (null:
		// as in the step's solution), and what was touched, to reset both in time proportional to the move.
		private final int[] target;

		private final Use[] overlay;

		private final int[] touchedParts;

		private int touchedPartCount;

		private final int[] touchedOffers;

		private int touchedOfferCount;

		RepackIterator(Index index, Random random) {
			this.index = index;
			this.random = random;
			this.target = new int[index.parts.length];
			Arrays.fill(this.target, UNTOUCHED);
			this.overlay = new Use[index.offers.length];
			this.touchedParts = new int[index.parts.length];
			this.touchedOffers = new int[index.offers.length];
		}

		@Override
		public boolean hasNext() {
			return this.index.parts.length > 0;
		}

		@Override
		public ReassignMove next() {
			for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
				ReassignMove move = attempt();
				reset();
				if (move != null) {
					return move;
				}
			}
			// Not doable: the local search skips it and asks for the next one.
			return new ReassignMove(new RequestPart[0], new Offer[0]);
		}

		private int offerOf(int part) {
			int t = this.target[part];
			return (t != UNTOUCHED) ? t : this.index.offerOf(part);
		}

		private Use use(int offer) {
			Use local = this.overlay[offer];
			if (local == null) {
				local = this.index.use[offer].copy();
				this.overlay[offer] = local;
				this.touchedOffers[this.touchedOfferCount++] = offer;
			}
			return local;
		}

		private Use peek(int offer) {
			Use local = this.overlay[offer];
			return (local != null) ? local : this.index.use[offer];
		}

		private void assign(int part, int offer) {
			int old = offerOf(part);
			RequestPart entity = this.index.parts[part];
			if (old >= 0) {
				use(old).remove(entity);
			}
			if (offer >= 0) {
				use(offer).add(entity);
			}
			if (this.target[part] == UNTOUCHED) {
				this.touchedParts[this.touchedPartCount++] = part;
			}
			this.target[part] = offer;
		}

		private void reset() {
			for (int i = 0; i < this.touchedPartCount; i++) {
				this.target[this.touchedParts[i]] = UNTOUCHED;
			}
			this.touchedPartCount = 0;
			for (int i = 0; i < this.touchedOfferCount; i++) {
				this.overlay[this.touchedOffers[i]] = null;
			}
			this.touchedOfferCount = 0;
		}

		private ReassignMove attempt() {
			Index idx = this.index;
			int n = idx.parts.length;
			// Seed: preferably a part whose need is unmet.
			int seed = this.random.nextInt(n);
			for (int i = 0; i < 10 && idx.offerOf(seed) >= 0; i++) {
				seed = this.random.nextInt(n);
			}
			int[] eligible = idx.eligible[seed];
			int ruinCount = 1 + this.random.nextInt(Math.min(MAX_RUINED_OFFERS, eligible.length));
			int[] ruined = new int[ruinCount + 1];
			int ruinedCount = 0;
			for (int i = 0; i < ruinCount * 2 && ruinedCount < ruinCount; i++) {
				int offer = eligible[this.random.nextInt(eligible.length)];
				if (!contains(ruined, ruinedCount, offer)) {
					ruined[ruinedCount++] = offer;
				}
			}
			int seedOffer = idx.offerOf(seed);
			if (seedOffer >= 0 && !contains(ruined, ruinedCount, seedOffer)) {
				ruined[ruinedCount++] = seedOffer;
			}
			// Ruin: every movable part on the chosen offers leaves it.
			int[] candidates = new int[64];
			int candidateCount = 0;
			for (int r = 0; r < ruinedCount; r++) {
				int offer = ruined[r];
				for (int part : idx.candidates[offer]) {
					if (offerOf(part) == offer) {
						assign(part, -1);
						candidates = add(candidates, candidateCount++, part);
					}
				}
			}
			if (this.target[seed] == UNTOUCHED) {
				candidates = add(candidates, candidateCount++, seed);
			}
			// Other unmet parts that could use the freed room: a random sample of them when there are many.
			int firstUnmet = candidateCount;
			int seen = 0;
			for (int r = 0; r < ruinedCount; r++) {
				for (int part : idx.candidates[ruined[r]]) {
					if (part == seed || this.target[part] != UNTOUCHED || idx.offerOf(part) >= 0
							|| contains(candidates, firstUnmet, candidateCount, part)) {
						continue;
					}
					seen++;
					if (candidateCount - firstUnmet < MAX_UNMET_CANDIDATES) {
						candidates = add(candidates, candidateCount++, part);
					}
					else {
						// Reservoir sampling keeps every unmet part equally likely.
						int slot = this.random.nextInt(seen);
						if (slot < MAX_UNMET_CANDIDATES) {
							candidates[firstUnmet + slot] = part;
						}
					}
				}
			}
			// Recreate: most valuable need first (with some noise, or in random order now and then).
			order(candidates, candidateCount);
			boolean randomFit = this.random.nextInt(4) == 0;
			for (int c = 0; c < candidateCount; c++) {
				int part = candidates[c];
				RequestPart entity = idx.parts[part];
				int best = -1;
				long bestKey = Long.MAX_VALUE;
				for (int offer : idx.eligible[part]) {
					Use use = peek(offer);
					if (!use.fits(entity)) {
						continue;
					}
					long key;
					if (randomFit) {
						key = this.random.nextInt(1 << 20);
					}
					else {
						long slack = use.offer.amount() - use.given - entity.getAmount();
						key = (Eligibility.speaksLanguage(use.offer, entity.getRequest()) ? 0 : (1L << 60)) + slack;
					}
					if (key < bestKey) {
						bestKey = key;
						best = offer;
					}
				}
				if (best >= 0 && this.random.nextInt(50) != 0) {
					assign(part, best);
				}
			}
			return toMove();
		}

		private void order(int[] candidates, int count) {
			int mode = this.random.nextInt(8);
			if (mode == 0) {
				for (int i = count - 1; i > 0; i--) {
					int j = this.random.nextInt(i + 1);
					int swap = candidates[i];
					candidates[i] = candidates[j];
					candidates[j] = swap;
				}
				return;
			}
			double[] keys = new double[count];
			Integer[] order = new Integer[count];
			for (int i = 0; i < count; i++) {
				double noise = (mode <= 3) ? 1.0 : (0.75 + 0.5 * this.random.nextDouble());
				keys[i] = -this.index.values[candidates[i]] * noise;
				order[i] = i;
			}
			Arrays.sort(order, (a, b) -> Double.compare(keys[a], keys[b]));
			int[] sorted = new int[count];
			for (int i = 0; i < count; i++) {
				sorted[i] = candidates[order[i]];
			}
			System.arraycopy(sorted, 0, candidates, 0, count);
		}

		private ReassignMove toMove() {
			int changed = 0;
			for (int i = 0; i < this.touchedPartCount; i++) {
				int part = this.touchedParts[i];
				if (this.target[part] != this.index.offerOf(part)) {
					changed++;
				}
			}
			if (changed == 0) {
				return null;
			}
			RequestPart[] parts = new RequestPart[changed];
			Offer[] offers = new Offer[changed];
			int k = 0;
			for (int i = 0; i < this.touchedPartCount; i++) {
				int part = this.touchedParts[i];
				int offer = this.target[part];
				if (offer != this.index.offerOf(part)) {
					parts[k] = this.index.parts[part];
					offers[k] = (offer >= 0) ? this.index.offers[offer] : null;
					k++;
				}
			}
			return new ReassignMove(parts, offers);
		}

		private static boolean contains(int[] values, int count, int value) {
			return contains(values, 0, count, value);
		}

		private static boolean contains(int[] values, int from, int to, int value) {
			for (int i = from; i < to; i++) {
				if (values[i] == value) {
					return true;
				}
			}
			return false;
		}

		private static int[] add(int[] values, int count, int value) {
			int[] result = (count < values.length) ? values : Arrays.copyOf(values, values.length * 2);
			result[count] = value;
			return result;
		}

	}

}
