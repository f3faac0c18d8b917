package org.ilo.coalition.matching.baseline;

import java.util.List;

import org.ilo.coalition.matching.check.PlanChecker;
import org.ilo.coalition.matching.generate.InstanceGenerator;
import org.ilo.coalition.matching.generate.InstanceSize;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Partner;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.ilo.coalition.matching.plan.TrackRecord;
import org.ilo.coalition.matching.solver.GreedySolverConfig;
import org.ilo.coalition.matching.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.matching.testing.Fixtures.offer;
import static org.ilo.coalition.matching.testing.Fixtures.part;
import static org.ilo.coalition.matching.testing.Fixtures.partner;
import static org.ilo.coalition.matching.testing.Fixtures.plan;
import static org.ilo.coalition.matching.testing.Fixtures.request;

class GreedyMatcherTests {

	@Test
	void givesAScarceOfferToTheMostSevereNeedFirst() {
		Offer only = offer("O1", partner("P1")).amount(50).capacity(1).build();
		SupportRequest mild = request("R1").amount(50).severity(2).build();
		SupportRequest severe = request("R2").amount(50).severity(5).build();
		RequestPart mildPart = openPart("R1#0", mild, only);
		RequestPart severePart = openPart("R2#0", severe, only);

		GreedyBaseline.solve(plan(List.of(mildPart, severePart)));

		assertThat(severePart.getOffer()).isEqualTo(only);
		assertThat(mildPart.getOffer()).isNull();
	}

	@Test
	void prefersAnOfferInTheRequestsLanguage() {
		Offer english = offer("O1", partner("P1")).build();
		Offer french = offer("O2", partner("P2")).languages("fr").build();
		RequestPart part = new RequestPart("R1#0", request("R1").language("fr").build(), 50, 1000, false,
				List.of(english, french), null);

		GreedyBaseline.solve(plan(List.of(part)));

		assertThat(part.getOffer()).isEqualTo(french);
	}

	@Test
	void prefersAPartnerWithATrackRecordInTheCountryOverATighterFit() {
		Offer tight = offer("O1", partner("P1")).amount(60).build();
		Offer known = offer("O2", partner("P2")).amount(100).build();
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 50, 1000, false, List.of(tight, known), null);

		GreedyBaseline.solve(plan(List.of(part), new TrackRecord("P2", "KEN", 1, 0)));

		assertThat(part.getOffer()).isEqualTo(known);
	}

	@Test
	void ignoresATrackRecordInAnotherCountry() {
		Offer tight = offer("O1", partner("P1")).amount(60).build();
		Offer known = offer("O2", partner("P2")).amount(100).build();
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 50, 1000, false, List.of(tight, known), null);

		GreedyBaseline.solve(plan(List.of(part), new TrackRecord("P2", "SEN", 3, 3)));

		assertThat(part.getOffer()).isEqualTo(tight);
	}

	@Test
	void countsATrackRecordOnlyUpToFourSoThatTheTighterFitDecidesBeyond() {
		Offer tight = offer("O2", partner("P2")).amount(60).build();
		Offer stronger = offer("O1", partner("P1")).amount(100).build();
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 50, 1000, false, List.of(stronger, tight),
				null);

		GreedyBaseline.solve(plan(List.of(part), new TrackRecord("P1", "KEN", 3, 3), new TrackRecord("P2", "KEN", 2, 2)));

		assertThat(part.getOffer()).isEqualTo(tight);
	}

	@Test
	void prefersAPartnerAlreadyServingTheRequestOverATighterFit() {
		Partner serving = partner("P1");
		Offer first = offer("O1", serving).amount(50).capacity(1).build();
		Offer sameRoomy = offer("O2", serving).amount(100).build();
		Offer otherTight = offer("O3", partner("P3")).amount(60).build();
		SupportRequest request = request("R1").amount(100).build();
		RequestPart severe = new RequestPart("R1#0", request, 50, 500, false, List.of(first), null);
		RequestPart second = new RequestPart("R1#1", request, 50, 500, false, List.of(otherTight, sameRoomy), null);

		GreedyBaseline.solve(plan(List.of(severe, second)));

		assertThat(severe.getOffer()).isEqualTo(first);
		assertThat(second.getOffer()).isEqualTo(sameRoomy);
	}

	@Test
	void leavesAcceptedPartsInPlaceAndCountsWhatTheyUse() {
		Offer offer = offer("O1", partner("P1")).amount(60).build();
		RequestPart accepted = Fixtures.acceptedPart("R1#a0", request("R1").build(), 40, offer);
		RequestPart open = openPart("R2#0", request("R2").amount(30).build(), offer);

		GreedyBaseline.solve(plan(List.of(accepted, open)));

		assertThat(accepted.getOffer()).isEqualTo(offer);
		assertThat(open.getOffer()).isNull();
	}

	@Test
	void neverBreaksAHardRuleAndLeavesNoPartUnassignedThatAnEligibleOfferCouldStillTake() {
		MatchingPlan plan = GreedyBaseline.solve(PlanBuilder.build(InstanceGenerator.generate(InstanceSize.SMALL, 3)));

		assertThat(PlanChecker.check(plan)).isEmpty();
		assertThat(plan.getParts().stream().filter(RequestPart::isAssigned).count()).isPositive();
		for (RequestPart part : plan.getParts()) {
			if (part.getOffer() == null) {
				for (Offer offer : part.getEligibleOffers()) {
					part.setOffer(offer);
					assertThat(PlanChecker.check(plan)).as("%s could take %s", part.getId(), offer.id()).isNotEmpty();
					part.setOffer(null);
				}
			}
		}
	}

	@Test
	void runsAsAnOptaPlannerPhaseWithTheSameResult() {
		MatchingPlan problem = PlanBuilder.build(InstanceGenerator.generate(InstanceSize.SMALL, 3));
		MatchingPlan direct = GreedyBaseline.solve(problem.copy());

		MatchingPlan phased = SolverFactory.<MatchingPlan>create(GreedySolverConfig.create()).buildSolver().solve(problem);

		assertThat(phased.getParts()).extracting(RequestPart::toString)
			.containsExactlyElementsOf(direct.getParts().stream().map(RequestPart::toString).toList());
		assertThat(phased.getScore().isFeasible()).isTrue();
	}

	private static RequestPart openPart(String id, SupportRequest request, Offer offer) {
		RequestPart unassigned = part(id, request, request.amount(), offer);
		unassigned.setOffer(null);
		return unassigned;
	}

}
