package org.ilo.coalition.matching.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
	void listsTheEligibleOffersInTheOrderOfTheirIdsWhateverTheOrderOfTheProblem() {
		SupportRequest request = request("R1").amount(50).build();
		Offer third = offer("O3", this.partner).build();

		MatchingPlan plan = PlanBuilder.build(new MatchingProblem(PARAMETERS, List.of(), List.of(third, this.smaller,
				this.small), List.of(request), List.of(), List.of(), List.of(), List.of()));

		assertThat(plan.getParts().get(0).getEligibleOffers()).containsExactly(this.small, this.smaller, third);
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
	void addsNoOpenPartForARequestFullyCoveredByAcceptedMatches() {
		SupportRequest request = request("R1").amount(100).build();

		MatchingPlan plan = PlanBuilder.build(problem(List.of(request),
				List.of(new AcceptedMatch("R1", "O1", 60), new AcceptedMatch("R1", "O2", 40)), List.of()));

		assertThat(plan.getParts()).extracting(RequestPart::getId, RequestPart::getAmount, RequestPart::getSharePerMille,
				RequestPart::isPinned, RequestPart::getRequestPartCount)
			.containsExactly(tuple("R1#a0", 60L, 600L, true, 2), tuple("R1#a1", 40L, 400L, true, 2));
	}

	@Test
	void capsTheSharesAtAWholeWhenAcceptedMatchesGiveMoreThanTheRequestAsks() {
		SupportRequest request = request("R1").amount(100).build();

		MatchingPlan plan = PlanBuilder.build(problem(List.of(request),
				List.of(new AcceptedMatch("R1", "O1", 80), new AcceptedMatch("R1", "O2", 50)), List.of()));

		assertThat(plan.getParts()).extracting(RequestPart::getAmount, RequestPart::getSharePerMille)
			.containsExactly(tuple(80L, 800L), tuple(50L, 200L));
	}

	@Test
	void roundsSharesOfUnevenPartsSoThatTheLastPartTakesWhatIsLeftOfTheWhole() {
		// 3 places, no offer holds more than one: three parts of 1/3, which do not divide 1000 evenly.
		Offer one = offer("O1", this.partner).amount(1).build();
		SupportRequest request = request("R1").amount(3).build();

		MatchingPlan plan = PlanBuilder.build(new MatchingProblem(PARAMETERS, List.of(), List.of(one), List.of(request),
				List.of(), List.of(), List.of(), List.of()));

		assertThat(plan.getParts()).extracting(RequestPart::getAmount, RequestPart::getSharePerMille)
			.containsExactly(tuple(1L, 333L), tuple(1L, 333L), tuple(1L, 334L));
	}

	@Test
	void roundsTheSharesOfNearlyEqualPartsFromTheirCumulativeAmounts() {
		SupportRequest request = request("R1").amount(250).build();

		MatchingPlan plan = PlanBuilder.build(problem(List.of(request), List.of(), List.of()));

		// Cumulative 84, 167, 250 of 250: 336, 668, 1000 per mille.
		assertThat(plan.getParts()).extracting(RequestPart::getSharePerMille).containsExactly(336L, 332L, 332L);
	}

	@Test
	void splitsWhatIsLeftAfterAnAcceptedMatchWithSharesThatContinueFromIt() {
		SupportRequest request = request("R1").amount(251).build();

		MatchingPlan plan = PlanBuilder.build(problem(List.of(request), List.of(new AcceptedMatch("R1", "O2", 51)),
				List.of()));

		// 51 accepted, 200 left = exactly two of the largest offer (100): cumulative 51, 151, 251 of 251 are 203, 601
		// and 1000 per mille.
		assertThat(plan.getParts()).extracting(RequestPart::getId, RequestPart::getAmount, RequestPart::getSharePerMille)
			.containsExactly(tuple("R1#a0", 51L, 203L), tuple("R1#0", 100L, 398L), tuple("R1#1", 100L, 399L));
	}

	@Test
	void refusesAnAcceptedMatchOnAnUnknownOffer() {
		SupportRequest request = request("R1").amount(100).build();
		MatchingProblem problem = problem(List.of(request), List.of(new AcceptedMatch("R1", "O9", 10)), List.of());

		assertThatThrownBy(() -> PlanBuilder.build(problem)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("O9");
	}

	@Test
	void cutsARemainderThatIsAnExactMultipleOfTheLargestOfferIntoThatManyParts() {
		assertThat(SplitPolicy.DEFAULT.partsFor(200, 100)).isEqualTo(2);
		assertThat(SplitPolicy.DEFAULT.partsFor(300, 100)).isEqualTo(3);
	}

	@Test
	void roundsThePartCountUpWhenTheLargestOfferDoesNotDivideTheRemainder() {
		assertThat(SplitPolicy.DEFAULT.partsFor(201, 100)).isEqualTo(3);
		assertThat(SplitPolicy.DEFAULT.partsFor(101, 100)).isEqualTo(2);
	}

	@Test
	void keepsOnePartWhenTheLargestOfferHoldsExactlyWhatIsLeftOrThereIsNoOffer() {
		assertThat(SplitPolicy.DEFAULT.partsFor(100, 100)).isEqualTo(1);
		assertThat(SplitPolicy.DEFAULT.partsFor(100, 99)).isEqualTo(2);
		assertThat(SplitPolicy.DEFAULT.partsFor(100, 0)).isEqualTo(1);
	}

	@Test
	void cutsNoPartSmallerThanTheMinimumTranche() {
		// 10 offers' worth is needed, but parts of at least 300 per mille allow 3 and 250 per mille allow 4.
		assertThat(new SplitPolicy(10, 300).partsFor(1_000, 100)).isEqualTo(3);
		assertThat(new SplitPolicy(10, 250).partsFor(1_000, 100)).isEqualTo(4);
		assertThat(new SplitPolicy(10, 1000).partsFor(1_000, 100)).isEqualTo(1);
		assertThat(new SplitPolicy(10, 1).partsFor(1_000, 100)).isEqualTo(10);
	}

	@Test
	void refusesASplitPolicyWithoutPartsOrWithATrancheOutsideOneToAThousandPerMille() {
		assertThatThrownBy(() -> new SplitPolicy(0, 200)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SplitPolicy(4, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SplitPolicy(4, 1001)).isInstanceOf(IllegalArgumentException.class);
		assertThat(new SplitPolicy(1, 1).maxParts()).isEqualTo(1);
		assertThat(new SplitPolicy(1, 1000).minTranchePerMille()).isEqualTo(1000);
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
