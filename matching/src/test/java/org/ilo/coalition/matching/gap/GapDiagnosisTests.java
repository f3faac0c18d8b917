package org.ilo.coalition.matching.gap;

import java.util.List;
import java.util.Set;

import org.ilo.coalition.matching.plan.Eligibility;
import org.ilo.coalition.matching.plan.MembershipStatus;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Partner;
import org.ilo.coalition.matching.plan.PartnerKind;
import org.ilo.coalition.matching.plan.SupportKind;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.matching.testing.Fixtures.PERU;
import static org.ilo.coalition.matching.testing.Fixtures.PLAN_DATE;
import static org.ilo.coalition.matching.testing.Fixtures.SENEGAL;
import static org.ilo.coalition.matching.testing.Fixtures.offer;
import static org.ilo.coalition.matching.testing.Fixtures.partner;
import static org.ilo.coalition.matching.testing.Fixtures.request;

/**
 * The funnel on hand-made offers: the defaults of the fixtures keep every rule, and each case breaks one, so the
 * reason is the first step it breaks; an offer that breaks a later step too never changes the earlier reason.
 */
class GapDiagnosisTests {

	private final Partner partner = partner("P1");

	private final SupportRequest request = request("R1").build();

	@Test
	void noOfferOfTheRequestsKindAndUnitIsTheFirstReasonEvenWhenEverythingElseWouldFit() {
		Offer dollars = offer("O1", this.partner).kind(SupportKind.FUNDING, "USD").build();
		SupportRequest euros = request("R2").kind(SupportKind.FUNDING, "EUR").build();
		Offer person = offer("O2", this.partner).kind(SupportKind.TECHNICAL_ASSISTANCE, "PERSON_DAYS").build();

		assertThat(reason(this.request, dollars, person)).isEqualTo(GapReason.NO_OFFER_OF_KIND);
		assertThat(reason(euros, dollars)).as("same kind, another currency").isEqualTo(GapReason.NO_OFFER_OF_KIND);
		assertThat(reason(this.request)).as("no offers at all").isEqualTo(GapReason.NO_OFFER_OF_KIND);
	}

	@Test
	void anOfferOfAPartnerNotAdmittedIsNoOfferAtAll() {
		Partner pending = new Partner("P2", "Pending", PartnerKind.NGO, MembershipStatus.PENDING,
				Set.of("SKILLS_DEVELOPMENT"));

		assertThat(reason(this.request, offer("O1", pending).build())).isEqualTo(GapReason.NO_OFFER_OF_KIND);
	}

	@Test
	void thenTheAreaThenThePlaceThenTheExpertiseThenTheTime() {
		Offer elsewhere = offer("O1", this.partner).areas("SOCIAL_DIALOGUE").countries("PER").build();
		assertThat(reason(this.request, elsewhere)).isEqualTo(GapReason.NO_OFFER_IN_AREA);

		Offer peru = offer("O2", this.partner).countries("PER").build();
		assertThat(reason(this.request, elsewhere, peru)).isEqualTo(GapReason.NO_OFFER_FOR_PLACE);

		Offer lacking = offer("O3", partner("P3", PartnerKind.NGO, "OTHER_EXPERTISE")).build();
		assertThat(reason(this.request, elsewhere, peru, lacking)).isEqualTo(GapReason.NO_OFFER_WITH_EXPERTISE);

		Offer late = offer("O4", this.partner).window(this.request.deadline().plusDays(1), PLAN_DATE.plusDays(900))
			.build();
		Offer ended = offer("O5", this.partner).window(PLAN_DATE.minusDays(90), PLAN_DATE.minusDays(1)).build();
		assertThat(reason(this.request, elsewhere, peru, lacking, late, ended)).isEqualTo(GapReason.NO_OFFER_IN_TIME);

		Offer fits = offer("O6", this.partner).build();
		assertThat(reason(this.request, elsewhere, peru, lacking, late, ended, fits)).isNull();
	}

	@Test
	void aRegionServedAsAWholeServesItsCountriesAndAPastDeadlineIsNeverInTime() {
		Offer africa = offer("O1", this.partner).countries().regions("AFRICA").build();
		assertThat(reason(request("R2").country(SENEGAL).build(), africa)).isNull();
		assertThat(reason(request("R3").country(PERU).build(), africa)).isEqualTo(GapReason.NO_OFFER_FOR_PLACE);

		SupportRequest overdue = request("R4").deadline(PLAN_DATE.minusDays(1)).build();
		assertThat(reason(overdue, offer("O2", this.partner).build())).isEqualTo(GapReason.NO_OFFER_IN_TIME);
	}

	@Test
	void servableExactlyWhenTheSolversEligibilityHoldsForSomeOffer() {
		List<Offer> offers = List.of(offer("O1", this.partner).areas("SOCIAL_DIALOGUE").build(),
				offer("O2", this.partner).countries("PER").build(),
				offer("O3", partner("P3", PartnerKind.NGO)).build(),
				offer("O4", this.partner).window(PLAN_DATE.minusDays(90), PLAN_DATE.minusDays(1)).build(),
				offer("O5", this.partner).regions("AFRICA").countries().build());
		List<SupportRequest> requests = List.of(this.request, request("R2").country(SENEGAL).build(),
				request("R3").country(PERU).build(), request("R4").areas("SOCIAL_DIALOGUE").build(),
				request("R5").expertise().build(), request("R6").deadline(PLAN_DATE.minusDays(1)).build(),
				request("R7").kind(SupportKind.FUNDING, "USD").build());
		for (List<Offer> subset : List.of(offers, offers.subList(0, 4), offers.subList(1, 3), List.<Offer>of())) {
			GapDiagnosis diagnosis = new GapDiagnosis(subset, PLAN_DATE);
			for (SupportRequest r : requests) {
				boolean eligible = subset.stream().anyMatch((o) -> Eligibility.isEligible(o, r, PLAN_DATE));
				assertThat(diagnosis.reason(r) == null).as(r + " with " + subset).isEqualTo(eligible);
			}
		}
	}

	private static GapReason reason(SupportRequest request, Offer... offers) {
		return new GapDiagnosis(List.of(offers), PLAN_DATE).reason(request);
	}

}
