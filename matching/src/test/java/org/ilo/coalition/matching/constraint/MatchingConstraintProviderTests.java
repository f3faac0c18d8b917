package org.ilo.coalition.matching.constraint;

import java.time.Duration;
import java.util.Set;

import org.ilo.coalition.matching.plan.ExistingSupport;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.MembershipStatus;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Partner;
import org.ilo.coalition.matching.plan.PartnerKind;
import org.ilo.coalition.matching.plan.Rejection;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.SupportKind;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.ilo.coalition.matching.plan.TrackRecord;
import org.ilo.coalition.matching.solver.MatchingSolverConfig;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.matching.testing.Fixtures.PARAMETERS;
import static org.ilo.coalition.matching.testing.Fixtures.PERU;
import static org.ilo.coalition.matching.testing.Fixtures.PLAN_DATE;
import static org.ilo.coalition.matching.testing.Fixtures.SENEGAL;
import static org.ilo.coalition.matching.testing.Fixtures.SKILLS;
import static org.ilo.coalition.matching.testing.Fixtures.acceptedPart;
import static org.ilo.coalition.matching.testing.Fixtures.offer;
import static org.ilo.coalition.matching.testing.Fixtures.part;
import static org.ilo.coalition.matching.testing.Fixtures.partner;
import static org.ilo.coalition.matching.testing.Fixtures.request;

/** One test per constraint, named after it, each with a case that fires and one that does not. */
class MatchingConstraintProviderTests {

	private final ConstraintVerifier<MatchingConstraintProvider, MatchingPlan> verifier = ConstraintVerifier
		.create(MatchingSolverConfig.create(Duration.ofSeconds(1)));

	private final Partner partner = partner("P1");

	private final Offer offer = offer("O1", this.partner).build();

	private final SupportRequest request = request("R1").build();

	@Test
	void constraintNamesAreListedOnceEachInTheProvidersOrder() {
		assertThat(MatchingConstraintProvider.CONSTRAINT_NAMES).doesNotHaveDuplicates()
			.hasSize(17)
			.startsWith(MatchingConstraintProvider.OFFER_AMOUNT_EXCEEDED)
			.endsWith(MatchingConstraintProvider.SEVERAL_PARTNERS);
	}

	@Test
	void offerAmountExceededPenalizesTheExcessInPerMilleOfTheOffer() {
		SupportRequest other = request("R2").build();
		this.verifier.verifyThat(MatchingConstraintProvider::offerAmountExceeded)
			.given(part("R1#0", this.request, 50, this.offer), part("R2#0", other, 80, this.offer))
			.penalizesBy(300);
	}

	@Test
	void offerAmountExceededIgnoresAnOfferGivenExactlyWhatItHolds() {
		SupportRequest other = request("R2").build();
		this.verifier.verifyThat(MatchingConstraintProvider::offerAmountExceeded)
			.given(part("R1#0", this.request, 50, this.offer), part("R2#0", other, 50, this.offer),
					part("R3#0", request("R3").build(), 10, null))
			.penalizesBy(0);
	}

	@Test
	void offerCapacityExceededPenalizesEachRequestBeyondTheCapacity() {
		this.verifier.verifyThat(MatchingConstraintProvider::offerCapacityExceeded)
			.given(part("R1#0", this.request, 10, this.offer), part("R2#0", request("R2").build(), 10, this.offer),
					part("R3#0", request("R3").build(), 10, this.offer))
			.penalizesBy(1000);
	}

	@Test
	void offerCapacityExceededCountsTwoPartsOfOneRequestOnce() {
		this.verifier.verifyThat(MatchingConstraintProvider::offerCapacityExceeded)
			.given(part("R1#0", this.request, 10, this.offer), part("R1#1", this.request, 10, this.offer),
					part("R2#0", request("R2").build(), 10, this.offer))
			.penalizesBy(0);
	}

	@Test
	void kindOrUnitMismatchPenalizesAnotherCurrency() {
		Offer dollars = offer("O2", this.partner).kind(SupportKind.FUNDING, "USD").build();
		SupportRequest euros = request("R2").kind(SupportKind.FUNDING, "EUR").build();
		this.verifier.verifyThat(MatchingConstraintProvider::kindOrUnitMismatch)
			.given(part("R2#0", euros, 50, dollars))
			.penalizesBy(1000);
	}

	@Test
	void kindOrUnitMismatchIgnoresTheSameKindAndUnit() {
		this.verifier.verifyThat(MatchingConstraintProvider::kindOrUnitMismatch)
			.given(part("R1#0", this.request, 50, this.offer))
			.penalizesBy(0);
	}

	@Test
	void thematicAreaNotCoveredPenalizesAnOfferInOtherAreas() {
		Offer dialogue = offer("O2", this.partner).areas("SOCIAL_DIALOGUE").build();
		this.verifier.verifyThat(MatchingConstraintProvider::thematicAreaNotCovered)
			.given(part("R1#0", this.request, 50, dialogue))
			.penalizesBy(1000);
	}

	@Test
	void thematicAreaNotCoveredIgnoresOneSharedArea() {
		Offer both = offer("O2", this.partner).areas("SOCIAL_DIALOGUE", "EMPLOYMENT").build();
		this.verifier.verifyThat(MatchingConstraintProvider::thematicAreaNotCovered)
			.given(part("R1#0", this.request, 50, both))
			.penalizesBy(0);
	}

	@Test
	void expertiseMissingPenalizesAPartnerWithoutAllTheNeededExpertise() {
		SupportRequest twoNeeds = request("R2").expertise(SKILLS, "LABOUR_INSPECTION").build();
		this.verifier.verifyThat(MatchingConstraintProvider::expertiseMissing)
			.given(part("R2#0", twoNeeds, 50, this.offer))
			.penalizesBy(1000);
	}

	@Test
	void expertiseMissingIgnoresAPartnerWithTheExpertise() {
		this.verifier.verifyThat(MatchingConstraintProvider::expertiseMissing)
			.given(part("R1#0", this.request, 50, this.offer))
			.penalizesBy(0);
	}

	@Test
	void countryNotServedPenalizesAnOfferForOtherCountriesAndRegions() {
		SupportRequest peru = request("R2").country(PERU).build();
		Offer africa = offer("O2", this.partner).countries("KEN").regions("AFRICA").build();
		this.verifier.verifyThat(MatchingConstraintProvider::countryNotServed)
			.given(part("R2#0", peru, 50, africa))
			.penalizesBy(1000);
	}

	@Test
	void countryNotServedIgnoresAnOfferServingTheCountrysRegion() {
		SupportRequest senegal = request("R2").country(SENEGAL).build();
		Offer africa = offer("O2", this.partner).countries().regions("AFRICA").build();
		this.verifier.verifyThat(MatchingConstraintProvider::countryNotServed)
			.given(part("R2#0", senegal, 50, africa))
			.penalizesBy(0);
	}

	@Test
	void notAvailableInTimePenalizesAnOfferStartingAfterTheDeadlineOrEndedBeforeThePlanDate() {
		Offer late = offer("O2", this.partner).window(PLAN_DATE.plusDays(200), PLAN_DATE.plusDays(400)).build();
		Offer over = offer("O3", this.partner).window(PLAN_DATE.minusDays(200), PLAN_DATE.minusDays(1)).build();
		this.verifier.verifyThat(MatchingConstraintProvider::notAvailableInTime)
			.given(PARAMETERS, part("R1#0", this.request, 25, late), part("R1#1", this.request, 25, over))
			.penalizesBy(2000);
	}

	@Test
	void notAvailableInTimeIgnoresAnOfferStartingOnTheDeadline() {
		Offer onTime = offer("O2", this.partner).window(PLAN_DATE.plusDays(180), PLAN_DATE.plusDays(400)).build();
		this.verifier.verifyThat(MatchingConstraintProvider::notAvailableInTime)
			.given(PARAMETERS, part("R1#0", this.request, 50, onTime))
			.penalizesBy(0);
	}

	@Test
	void partnerNotAdmittedPenalizesAPendingPartner() {
		Partner pending = new Partner("P2", "Pending", PartnerKind.NGO, MembershipStatus.PENDING, Set.of(SKILLS));
		this.verifier.verifyThat(MatchingConstraintProvider::partnerNotAdmitted)
			.given(part("R1#0", this.request, 50, offer("O2", pending).build()))
			.penalizesBy(1000);
	}

	@Test
	void partnerNotAdmittedIgnoresAnAdmittedPartner() {
		this.verifier.verifyThat(MatchingConstraintProvider::partnerNotAdmitted)
			.given(part("R1#0", this.request, 50, this.offer))
			.penalizesBy(0);
	}

	@Test
	void rejectedByCoordinationGroupPenalizesAnyOfferOfTheRejectedPartner() {
		Offer another = offer("O2", this.partner).build();
		this.verifier.verifyThat(MatchingConstraintProvider::rejectedByCoordinationGroup)
			.given(new Rejection("R1", "P1"), part("R1#0", this.request, 50, another))
			.penalizesBy(1000);
	}

	@Test
	void rejectedByCoordinationGroupIgnoresARejectionForAnotherRequest() {
		this.verifier.verifyThat(MatchingConstraintProvider::rejectedByCoordinationGroup)
			.given(new Rejection("R2", "P1"), new Rejection("R1", "P9"), part("R1#0", this.request, 50, this.offer))
			.penalizesBy(0);
	}

	@Test
	void unmetNeedPenalizesAnUnassignedPartByShareTimesSeverityWeight() {
		SupportRequest severe = request("R2").amount(100).severity(5).build();
		this.verifier.verifyThat(MatchingConstraintProvider::unmetNeed)
			.given(part("R2#0", severe, 50, null), part("R2#1", severe, 50, this.offer))
			.penalizesBy(500 * 16);
	}

	@Test
	void unmetNeedIgnoresAssignedParts() {
		this.verifier.verifyThat(MatchingConstraintProvider::unmetNeed)
			.given(part("R1#0", this.request, 50, this.offer))
			.penalizesBy(0);
	}

	@Test
	void languageMismatchPenalizesAnOfferNotGivenInTheRequestsLanguage() {
		SupportRequest french = request("R2").language("fr").build();
		this.verifier.verifyThat(MatchingConstraintProvider::languageMismatch)
			.given(part("R2#0", french, 50, this.offer))
			.penalizesBy(30);
	}

	@Test
	void languageMismatchIgnoresAnOfferInTheRequestsLanguage() {
		SupportRequest french = request("R2").language("fr").build();
		Offer bilingual = offer("O2", this.partner).languages("en", "fr").build();
		this.verifier.verifyThat(MatchingConstraintProvider::languageMismatch)
			.given(part("R2#0", french, 50, bilingual))
			.penalizesBy(0);
	}

	@Test
	void trackRecordInCountryRewardsAcceptedMatchesAndWorkStreamsUpToTheCap() {
		this.verifier.verifyThat(MatchingConstraintProvider::trackRecordInCountry)
			.given(new TrackRecord("P1", "KEN", 3, 2), part("R1#0", this.request, 50, this.offer))
			.rewardsWith(20);
	}

	@Test
	void trackRecordInCountryIgnoresARecordInAnotherCountry() {
		this.verifier.verifyThat(MatchingConstraintProvider::trackRecordInCountry)
			.given(new TrackRecord("P1", "SEN", 3, 2), part("R1#0", this.request, 50, this.offer))
			.rewardsWith(0);
	}

	@Test
	void tripartiteInvolvementRewardsEachSocialPartnerKindInACountry() {
		Offer employers = offer("O2", partner("E", PartnerKind.EMPLOYERS_ORGANIZATION, SKILLS)).build();
		Offer workers = offer("O3", partner("W", PartnerKind.WORKERS_ORGANIZATION, SKILLS)).build();
		Offer government = offer("O4", partner("G", PartnerKind.GOVERNMENT, SKILLS)).build();
		this.verifier.verifyThat(MatchingConstraintProvider::tripartiteInvolvement)
			.given(part("R1#0", this.request, 10, employers), part("R2#0", request("R2").build(), 10, workers),
					part("R3#0", request("R3").build(), 10, government))
			.rewardsWith(40);
	}

	@Test
	void tripartiteInvolvementIgnoresCountriesServedOnlyByGovernmentsAndInternationalOrganizations() {
		Offer government = offer("O4", partner("G", PartnerKind.GOVERNMENT, SKILLS)).build();
		this.verifier.verifyThat(MatchingConstraintProvider::tripartiteInvolvement)
			.given(part("R1#0", this.request, 10, government), part("R2#0", request("R2").build(), 10, this.offer))
			.rewardsWith(0);
	}

	@Test
	void partnerLoadPenalizesTheSquareOfEachPartnersParts() {
		Offer other = offer("O2", partner("P2")).build();
		this.verifier.verifyThat(MatchingConstraintProvider::partnerLoad)
			.given(part("R1#0", this.request, 10, this.offer), part("R2#0", request("R2").build(), 10, this.offer),
					part("R3#0", request("R3").build(), 10, this.offer), part("R4#0", request("R4").build(), 10, other))
			.penalizesBy(9 + 1);
	}

	@Test
	void partnerLoadIgnoresUnassignedParts() {
		this.verifier.verifyThat(MatchingConstraintProvider::partnerLoad)
			.given(part("R1#0", this.request, 10, null))
			.penalizesBy(0);
	}

	@Test
	void objectiveAlreadySupportedPenalizesSupportOfAKindTheObjectiveReceives() {
		this.verifier.verifyThat(MatchingConstraintProvider::objectiveAlreadySupported)
			.given(new ExistingSupport("OBJ-R1", SupportKind.TRAINING, "a UN programme"),
					part("R1#0", this.request, 50, this.offer))
			.penalizesBy(40);
	}

	@Test
	void objectiveAlreadySupportedIgnoresOtherKindsAndAcceptedParts() {
		this.verifier.verifyThat(MatchingConstraintProvider::objectiveAlreadySupported)
			.given(new ExistingSupport("OBJ-R1", SupportKind.FUNDING, "a UN programme"),
					new ExistingSupport("OBJ-R2", SupportKind.TRAINING, "a UN programme"),
					part("R1#0", this.request, 50, this.offer),
					acceptedPart("R2#a0", request("R2").build(), 50,
							this.offer))
			.penalizesBy(0);
	}

	@Test
	void samePartnerTwicePenalizesTwoOffersOfOnePartnerOnOneRequest() {
		Offer second = offer("O2", this.partner).build();
		this.verifier.verifyThat(MatchingConstraintProvider::samePartnerTwice)
			.given(part("R1#0", this.request, 25, this.offer), part("R1#1", this.request, 25, second))
			.penalizesBy(15);
	}

	@Test
	void samePartnerTwiceIgnoresTwoPartsOnTheSameOffer() {
		this.verifier.verifyThat(MatchingConstraintProvider::samePartnerTwice)
			.given(part("R1#0", this.request, 25, this.offer), part("R1#1", this.request, 25, this.offer))
			.penalizesBy(0);
	}

	@Test
	void severalPartnersPenalizesEachPartnerBeyondTheFirst() {
		Offer second = offer("O2", partner("P2")).build();
		Offer third = offer("O3", partner("P3")).build();
		this.verifier.verifyThat(MatchingConstraintProvider::severalPartners)
			.given(part("R1#0", this.request, 20, this.offer), part("R1#1", this.request, 20, second),
					part("R1#2", this.request, 10, third))
			.penalizesBy(20);
	}

	@Test
	void severalPartnersIgnoresARequestServedByOnePartner() {
		this.verifier.verifyThat(MatchingConstraintProvider::severalPartners)
			.given(part("R1#0", this.request, 25, this.offer), part("R1#1", this.request, 25, this.offer))
			.penalizesBy(0);
	}

	@Test
	void aPlanBreakingNoRuleScoresOnlyItsPreferences() {
		RequestPart assigned = part("R1#0", this.request, 50, this.offer);
		this.verifier.verifyThat()
			.given(PARAMETERS, assigned)
			.scores(HardMediumSoftLongScore.of(0, 0, -1));
	}

}
