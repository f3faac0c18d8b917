package org.ilo.coalition.matching.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ilo.coalition.matching.testing.Fixtures.PARAMETERS;
import static org.ilo.coalition.matching.testing.Fixtures.PERU;
import static org.ilo.coalition.matching.testing.Fixtures.offer;
import static org.ilo.coalition.matching.testing.Fixtures.partner;
import static org.ilo.coalition.matching.testing.Fixtures.request;

class PlanBuilderTests {

	private final Partner partner = partner("P1");

	private final Offer small = offer("O1", this.partner).amount(100).build();

	private final Offer smaller = offer("O2", partner("P2")).amount(60).build();

	@Test
	void keepsARequestWholeWhenOneEligibleOfferCanHoldIt() {
		SupportRequest request = request("R1").amount(80).build();

		MatchingPlan plan = PlanBuilder.build(problem(List.of(request), List.of(), List.of()));

		assertThat(plan.getParts()).singleElement().satisfies((part) -> {
			assertThat(part.getAmount()).isEqualTo(80);
			assertThat(part.getSharePerMille()).isEqualTo(1000);
			assertThat(part.getEligibleOffers()).containsExactly(this.small, this.smaller);
			assertThat(part.isPinned()).isFalse();
		});
	}

	@Test
	void splitsARequestNoEligibleOfferCanHoldIntoNearlyEqualPartsWhoseSharesAddUpToAWhole() {
		SupportRequest request = request("R1").amount(250).build();

		MatchingPlan plan = PlanBuilder.build(problem(List.of(request), List.of(), List.of()));

		assertThat(plan.getParts()).extracting(RequestPart::getAmount).containsExactly(84L, 83L, 83L);
		assertThat(plan.getParts().stream().mapToLong(RequestPart::getSharePerMille).sum()).isEqualTo(1000);
	}

	@Test
	void neverCutsARequestIntoMorePartsThanThePolicyAllows() {
		SupportRequest request = request("R1").amount(10_000).build();

		MatchingPlan plan = PlanBuilder.build(problem(List.of(request), List.of(), List.of()), new SplitPolicy(3, 100));

		assertThat(plan.getParts()).hasSize(3);
	}

	@Test
	void tellsEachPartHowManyPartsItsRequestHasAcceptedOnesIncluded() {
		SupportRequest whole = request("R1").amount(80).build();
		SupportRequest split = request("R2").amount(250).build();
		SupportRequest accepted = request("R3").amount(150).build();

		MatchingPlan plan = PlanBuilder.build(problem(List.of(whole, split, accepted),
				List.of(new AcceptedMatch("R3", "O2", 50)), List.of()));

		assertThat(plan.getParts()).extracting(RequestPart::getId, RequestPart::getRequestPartCount,
				RequestPart::maySharePartnerWithinRequest)
			.containsExactly(tuple("R1#0", 1, false), tuple("R2#0", 3, true), tuple("R2#1", 3, true),
					tuple("R2#2", 3, true), tuple("R3#a0", 2, true), tuple("R3#0", 2, true));
		assertThat(plan.getParts().get(0).copy().getRequestPartCount()).isEqualTo(1);
	}

	@Test
	void partsBuiltByHandMayAlwaysShareARequest() {
		RequestPart part = new RequestPart("R1#0", request("R1").build(), 10, 100, false, List.of(this.small), null);

		assertThat(part.getRequestPartCount()).isZero();
		assertThat(part.maySharePartnerWithinRequest()).isTrue();
	}

	@Test
	void turnsAcceptedMatchesIntoPinnedPartsAndSplitsOnlyWhatIsLeft() {
		SupportRequest request = request("R1").amount(150).build();

		MatchingPlan plan = PlanBuilder.build(problem(List.of(request), List.of(new AcceptedMatch("R1", "O2", 50)),
				List.of()));

		assertThat(plan.getParts()).extracting(RequestPart::getId, RequestPart::getAmount, RequestPart::isPinned)
			.containsExactly(tuple("R1#a0", 50L, true),
					tuple("R1#0", 100L, false));
		assertThat(plan.getParts().get(0).getOffer()).isEqualTo(this.smaller);
		assertThat(plan.getParts().stream().mapToLong(RequestPart::getSharePerMille).sum()).isEqualTo(1000);
	}

	@Test
	void leavesOutEveryOfferOfAPartnerRejectedForTheRequest() {
		Offer another = offer("O3", this.partner).build();
		SupportRequest request = request("R1").amount(50).build();

		MatchingPlan plan = PlanBuilder.build(new MatchingProblem(PARAMETERS, List.of(), List.of(this.small, another,
				this.smaller), List.of(request), List.of(), List.of(new Rejection("R1", "P1")), List.of(), List.of()));

		assertThat(plan.getParts().get(0).getEligibleOffers()).containsExactly(this.smaller);
	}

	@Test
	void pinsAPartWithNoEligibleOfferUnassigned() {
		SupportRequest peru = request("R1").country(PERU).build();

		MatchingPlan plan = PlanBuilder.build(problem(List.of(peru), List.of(), List.of()));

		assertThat(plan.getParts()).singleElement().satisfies((part) -> {
			assertThat(part.getEligibleOffers()).isEmpty();
			assertThat(part.isPinned()).isTrue();
			assertThat(part.getOffer()).isNull();
		});
	}

	@Test
	void ordersPartsByDifficultyWithTheMostSevereNeedHardest() {
		RequestPart mild = new RequestPart("A", request("A").severity(1).build(), 10, 1000, false, List.of(), null);
		RequestPart severe = new RequestPart("B", request("B").severity(5).build(), 10, 100, false, List.of(), null);

		assertThat(new PartDifficultyComparator().compare(mild, severe)).isNegative();
	}

	private MatchingProblem problem(List<SupportRequest> requests, List<AcceptedMatch> accepted,
			List<Rejection> rejections) {
		return new MatchingProblem(PARAMETERS, List.of(), List.of(this.small, this.smaller), requests, accepted,
				rejections, List.of(), List.of());
	}

}
