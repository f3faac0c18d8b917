package org.ilo.coalition.matching.solver;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ilo.coalition.matching.check.PlanChecker;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.director.ScoreDirector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ilo.coalition.matching.testing.Fixtures.acceptedPart;
import static org.ilo.coalition.matching.testing.Fixtures.offer;
import static org.ilo.coalition.matching.testing.Fixtures.partner;
import static org.ilo.coalition.matching.testing.Fixtures.plan;
import static org.ilo.coalition.matching.testing.Fixtures.request;

/**
 * What a repack does on plans small enough to know the answer: which parts it moves where, and the bookkeeping of the
 * offers' use it rests on ({@link RepackMoveIteratorFactory.Use}, {@link RepackMoveIteratorFactory.Index}).
 */
class RepackMoveBehaviourTests {

	private static final int MOVES = 200;

	@Test
	void freesAnOfferForAMoreSevereUnmetNeedAndMovesThePartItHeldToAnotherOffer() {
		Offer first = offer("O1", partner("P1")).capacity(1).build();
		Offer second = offer("O2", partner("P2")).capacity(1).build();
		RequestPart mild = new RequestPart("R1#0", request("R1").amount(100).severity(1).build(), 100, 1000, false,
				List.of(first, second), first);
		RequestPart severe = new RequestPart("R2#0", request("R2").amount(100).severity(5).build(), 100, 1000, false,
				List.of(first), null);
		MatchingPlan plan = plan(List.of(mild, severe));

		Map<String, Integer> outcomes = outcomes(plan);

		// Most valuable need first: the severe part takes the only offer it may use, the mild one moves on. Only the
		// moves that recreate in random order (1 in 8) or skip a part (1 in 50 per part) do otherwise.
		assertThat(outcomes.getOrDefault("{R1#0->O2, R2#0->O1}", 0)).isGreaterThan(MOVES * 7 / 10);
	}

	@Test
	void placesAPartOnAnOfferInItsRequestsLanguageRatherThanOnATighterFit() {
		Offer tightEnglish = offer("O1", partner("P1")).amount(50).build();
		Offer french = offer("O2", partner("P2")).amount(100).languages("fr").build();
		RequestPart part = new RequestPart("R1#0", request("R1").language("fr").build(), 50, 1000, false,
				List.of(tightEnglish, french), null);

		Map<String, Integer> outcomes = outcomes(plan(List.of(part)));

		// One move in four picks a random fitting offer instead.
		assertThat(outcomes.getOrDefault("{R1#0->O2}", 0)).isGreaterThan(MOVES * 7 / 10);
		assertThat(outcomes.getOrDefault("{R1#0->O1}", 0)).isPositive();
	}

	@Test
	void placesAPartOnTheOfferThatLeavesTheLeastOver() {
		Offer roomy = offer("O1", partner("P1")).amount(100).build();
		Offer tight = offer("O2", partner("P2")).amount(60).build();
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 50, 1000, false, List.of(roomy, tight),
				null);

		Map<String, Integer> outcomes = outcomes(plan(List.of(part)));

		assertThat(outcomes.getOrDefault("{R1#0->O2}", 0)).isGreaterThan(MOVES * 7 / 10);
	}

	@Test
	void offersOnlyAMoveThatIsNotDoableWhenNoPartFitsAnyOffer() {
		Offer small = offer("O1", partner("P1")).amount(10).build();
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 50, 1000, false, List.of(small), null);
		MatchingPlan plan = plan(List.of(part));
		ScoreDirector<MatchingPlan> director = director(plan);
		RepackMoveIteratorFactory factory = new RepackMoveIteratorFactory();
		factory.phaseStarted(director);

		ReassignMove move = factory.createRandomMoveIterator(director, new Random(1)).next();

		assertThat(move.getPlanningEntities()).isEmpty();
		assertThat(move.isMoveDoable(director)).isFalse();
	}

	@Test
	void hasNoMoveForAPlanWithoutMovableParts() {
		Offer offer = offer("O1", partner("P1")).build();
		MatchingPlan plan = plan(List.of(acceptedPart("R1#a0", request("R1").build(), 50, offer)));
		ScoreDirector<MatchingPlan> director = director(plan);
		RepackMoveIteratorFactory factory = new RepackMoveIteratorFactory();
		factory.phaseStarted(director);

		assertThat(factory.createRandomMoveIterator(director, new Random(1)).hasNext()).isFalse();
		assertThat(factory.getSize(director)).isZero();
	}

	@Test
	void sizesItsMovesByTheMovablePartsDuringAPhaseAndRefusesOriginalOrder() {
		Offer offer = offer("O1", partner("P1")).build();
		RequestPart accepted = acceptedPart("R1#a0", request("R1").build(), 50, offer);
		RequestPart open = new RequestPart("R2#0", request("R2").build(), 20, 1000, false, List.of(offer), null);
		MatchingPlan plan = plan(List.of(accepted, open));
		ScoreDirector<MatchingPlan> director = director(plan);
		RepackMoveIteratorFactory factory = new RepackMoveIteratorFactory();

		factory.phaseStarted(director);
		assertThat(factory.getSize(director)).isEqualTo(1);
		factory.phaseEnded(director);
		assertThat(factory.getSize(director)).isEqualTo(2);
		assertThatThrownBy(() -> factory.createOriginalMoveIterator(director))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void fitsAPartThatFillsTheOfferToTheUnitButNotOneUnitMore() {
		Offer offer = offer("O1", partner("P1")).amount(100).capacity(3).build();
		RepackMoveIteratorFactory.Use use = new RepackMoveIteratorFactory.Use(offer);
		use.add(part("R1#0", request("R1").build(), 60, offer));

		assertThat(use.given).isEqualTo(60);
		assertThat(use.fits(part("R2#0", request("R2").build(), 40, offer))).isTrue();
		assertThat(use.fits(part("R2#0", request("R2").build(), 41, offer))).isFalse();
	}

	@Test
	void countsARequestWithSeveralPartsOnTheOfferOnceAgainstItsCapacity() {
		Offer offer = offer("O1", partner("P1")).amount(1_000).capacity(2).build();
		SupportRequest split = request("R1").build();
		RepackMoveIteratorFactory.Use use = new RepackMoveIteratorFactory.Use(offer);
		use.add(part("R1#0", split, 10, offer));
		use.add(part("R1#1", split, 10, offer));

		assertThat(use.fits(part("R2#0", request("R2").build(), 10, offer))).isTrue();

		use.add(part("R2#0", request("R2").build(), 10, offer));
		assertThat(use.fits(part("R3#0", request("R3").build(), 10, offer))).isFalse();
		assertThat(use.fits(part("R1#2", split, 10, offer))).isTrue();
	}

	@Test
	void givesBackOnlyTheAmountOfAPartTheOfferHolds() {
		Offer offer = offer("O1", partner("P1")).build();
		RequestPart on = part("R1#0", request("R1").build(), 30, offer);
		RepackMoveIteratorFactory.Use use = new RepackMoveIteratorFactory.Use(offer);
		use.add(on);
		RepackMoveIteratorFactory.Use copy = use.copy();

		use.remove(part("R2#0", request("R2").build(), 20, offer));
		assertThat(use.given).isEqualTo(30);
		use.remove(on);
		assertThat(use.given).isZero();
		assertThat(use.parts).isEmpty();
		assertThat(copy.given).isEqualTo(30);
		assertThat(copy.parts).containsExactly(on);
	}

	@Test
	void countsAcceptedPartsInTheirOffersUseAndFollowsPartsMovedSinceAtTheNextSync() {
		Offer first = offer("O1", partner("P1")).build();
		Offer second = offer("O2", partner("P2")).build();
		Offer unknown = offer("O9", partner("P9")).build();
		RequestPart accepted = acceptedPart("R1#a0", request("R1").build(), 40, first);
		RequestPart open = new RequestPart("R2#0", request("R2").build(), 25, 1000, false, List.of(first, second),
				first);
		RepackMoveIteratorFactory.Index index = new RepackMoveIteratorFactory.Index(plan(List.of(accepted, open)));
		int o1 = List.of(index.offers).indexOf(first);
		int o2 = List.of(index.offers).indexOf(second);

		assertThat(index.parts).containsExactly(open);
		assertThat(index.use[o1].given).isEqualTo(65);
		assertThat(index.offerOf(0)).isEqualTo(o1);

		open.setOffer(second);
		index.sync();
		assertThat(index.use[o1].given).isEqualTo(40);
		assertThat(index.use[o2].given).isEqualTo(25);
		assertThat(index.offerOf(0)).isEqualTo(o2);

		open.setOffer(unknown);
		index.sync();
		assertThat(index.use[o2].given).isZero();
		assertThat(index.offerOf(0)).isEqualTo(-1);

		open.setOffer(null);
		index.sync();
		assertThat(index.offerOf(0)).isEqualTo(-1);
		assertThat(index.use[o1].given).isEqualTo(40);
	}

	@Test
	void undoesAReassignmentInReverseOrderSoThatAPartListedTwiceGetsItsFirstOfferBack() {
		Offer first = offer("O1", partner("P1")).build();
		Offer second = offer("O2", partner("P2")).build();
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 10, 1000, false, List.of(first, second),
				first);
		ScoreDirector<MatchingPlan> director = director(plan(List.of(part)));
		ReassignMove move = new ReassignMove(new RequestPart[] { part, part }, new Offer[] { second, null });

		ReassignMove undo = (ReassignMove) move.doMove(director);

		assertThat(part.getOffer()).isNull();
		undo.doMoveOnly(director);
		assertThat(part.getOffer()).isEqualTo(first);
		assertThat(move.getPlanningValues()).containsExactly(second);
		assertThat(move).hasToString("{R1#0 -> O2, R1#0 -> none}");
	}

	@Test
	void announcesEveryChangeOfAPartsOfferToTheScoreDirector() {
		Offer first = offer("O1", partner("P1")).build();
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 10, 1000, false, List.of(first), null);
		MatchingPlan plan = plan(List.of(part));
		List<String> calls = new java.util.ArrayList<>();
		ScoreDirector<MatchingPlan> director = proxy((method, args) -> {
			if (method.endsWith("VariableChanged")) {
				calls.add(method + " " + ((RequestPart) args[0]).getId() + " " + args[1] + " "
						+ ((RequestPart) args[0]).getOffer());
			}
			return method.equals("getWorkingSolution") ? plan : null;
		});

		new ReassignMove(new RequestPart[] { part }, new Offer[] { first }).doMoveOnly(director);

		assertThat(calls).containsExactly("beforeVariableChanged R1#0 offer null",
				"afterVariableChanged R1#0 offer " + first);
	}

	@Test
	void isDoableOnlyWhenItChangesSomePartsOffer() {
		Offer first = offer("O1", partner("P1")).build();
		Offer second = offer("O2", partner("P2")).build();
		RequestPart on = new RequestPart("R1#0", request("R1").build(), 10, 1000, false, List.of(first), first);
		RequestPart off = new RequestPart("R2#0", request("R2").build(), 10, 1000, false, List.of(first), null);
		ScoreDirector<MatchingPlan> director = director(plan(List.of(on, off)));

		assertThat(new ReassignMove(new RequestPart[] { on, off }, new Offer[] { first, null }).isMoveDoable(director))
			.isFalse();
		assertThat(new ReassignMove(new RequestPart[] { on, off }, new Offer[] { first, second }).isMoveDoable(director))
			.isTrue();
		assertThatThrownBy(() -> new ReassignMove(new RequestPart[] { on }, new Offer[0]))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rebasesEveryPartAndOfferOntoTheDestinationsWorkingObjects() {
		Offer first = offer("O1", partner("P1")).build();
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 10, 1000, false, List.of(first), null);
		RequestPart clone = part.copy();
		Offer cloneOffer = offer("O1", partner("P1")).build();
		Map<Object, Object> working = new HashMap<>();
		working.put(part, clone);
		working.put(first, cloneOffer);
		ScoreDirector<MatchingPlan> destination = lookingUp(working);

		ReassignMove rebased = new ReassignMove(new RequestPart[] { part, part }, new Offer[] { first, null })
			.rebase(destination);

		assertThat(rebased.getPlanningEntities()).containsExactly(clone, clone);
		assertThat(rebased.getPlanningValues()).singleElement().isSameAs(cloneOffer);
		assertThat(rebased).hasToString("{R1#0 -> O1, R1#0 -> none}");
	}

	// Applies MOVES repacks, each from the same plan (undone after), and counts their outcomes.
	private static Map<String, Integer> outcomes(MatchingPlan plan) {
		ScoreDirector<MatchingPlan> director = director(plan);
		RepackMoveIteratorFactory factory = new RepackMoveIteratorFactory();
		factory.phaseStarted(director);
		Random random = new Random(42);
		Map<String, Integer> outcomes = new HashMap<>();
		for (int i = 0; i < MOVES; i++) {
			ReassignMove move = factory.createRandomMoveIterator(director, random).next();
			if (!move.isMoveDoable(director)) {
				outcomes.merge("not doable", 1, Integer::sum);
				continue;
			}
			ReassignMove undo = (ReassignMove) move.doMove(director);
			assertThat(PlanChecker.check(plan)).as("after %s", move).isEmpty();
			StringBuilder outcome = new StringBuilder("{");
			for (RequestPart part : plan.getParts()) {
				outcome.append((outcome.length() > 1) ? ", " : "")
					.append(part.getId())
					.append("->")
					.append((part.getOffer() != null) ? part.getOffer().id() : "none");
			}
			outcomes.merge(outcome.append('}').toString(), 1, Integer::sum);
			undo.doMoveOnly(director);
		}
		return outcomes;
	}

	private static RequestPart part(String id, SupportRequest request, long amount, Offer offer) {
		return new RequestPart(id, request, amount, 100, false, List.of(offer), offer);
	}

	private static ScoreDirector<MatchingPlan> director(MatchingPlan plan) {
		return proxy((method, args) -> method.equals("getWorkingSolution") ? plan : null);
	}

	private static ScoreDirector<MatchingPlan> lookingUp(Map<Object, Object> working) {
		return proxy((method, args) -> method.equals("lookUpWorkingObject") ? working.get(args[0]) : null);
	}

	// The moves and the factory only read the working solution, look up working objects and announce changes.
	@SuppressWarnings("unchecked")
	private static ScoreDirector<MatchingPlan> proxy(java.util.function.BiFunction<String, Object[], Object> answer) {
		return (ScoreDirector<MatchingPlan>) Proxy.newProxyInstance(ScoreDirector.class.getClassLoader(),
				new Class<?>[] { ScoreDirector.class }, (proxy, method, args) -> answer.apply(method.getName(), args));
	}

}
