package org.ilo.coalition.matching.solver;

import java.lang.reflect.Proxy;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.ilo.coalition.matching.baseline.GreedyBaseline;
import org.ilo.coalition.matching.check.PlanChecker;
import org.ilo.coalition.matching.generate.InstanceGenerator;
import org.ilo.coalition.matching.generate.InstanceSize;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.ilo.coalition.matching.plan.RequestPart;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.director.ScoreDirector;

import static org.assertj.core.api.Assertions.assertThat;

/** Repack moves on their own, outside a solver: they keep every offer within its amount and capacity, and undo. */
class RepackMoveTests {

	@Test
	void repacksNeverOverdrawAnOfferOrExceedItsCapacityAndTheirUndoRestoresThePlan() {
		MatchingPlan plan = GreedyBaseline.solve(PlanBuilder.build(InstanceGenerator.generate(InstanceSize.SMALL, 2)));
		assertThat(PlanChecker.check(plan)).isEmpty();
		ScoreDirector<MatchingPlan> scoreDirector = workingSolutionOnly(plan);
		RepackMoveIteratorFactory factory = new RepackMoveIteratorFactory();
		factory.phaseStarted(scoreDirector);
		Random random = new Random(7);
		int applied = 0;
		for (int step = 0; step < 300; step++) {
			// A new iterator per step, as in a local search; it syncs with the moves applied since.
			Iterator<ReassignMove> moves = factory.createRandomMoveIterator(scoreDirector, random);
			ReassignMove move = moves.next();
			if (!move.isMoveDoable(scoreDirector)) {
				continue;
			}
			List<Offer> before = plan.getParts().stream().map(RequestPart::getOffer).toList();
			ReassignMove undo = (ReassignMove) move.doMove(scoreDirector);
			assertThat(PlanChecker.check(plan)).as("after %s", move).isEmpty();
			assertThat(move.getPlanningEntities()).allSatisfy((part) -> assertThat(part.isPinned()).isFalse());
			if (step % 2 == 0) {
				undo.doMoveOnly(scoreDirector);
				assertThat(plan.getParts().stream().map(RequestPart::getOffer).toList()).isEqualTo(before);
			}
			applied++;
		}
		assertThat(applied).isGreaterThan(100);
	}

	// The moves and the factory only read the working solution and announce variable changes.
	@SuppressWarnings("unchecked")
	private static ScoreDirector<MatchingPlan> workingSolutionOnly(MatchingPlan plan) {
		return (ScoreDirector<MatchingPlan>) Proxy.newProxyInstance(ScoreDirector.class.getClassLoader(),
				new Class<?>[] { ScoreDirector.class },
				(proxy, method, args) -> method.getName().equals("getWorkingSolution") ? plan : null);
	}

}
