package org.ilo.coalition.matching.generate;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.MatchingProblem;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceGeneratorTests {

	@Test
	void generatesTheSameProblemFromTheSameSeed() {
		assertThat(fingerprint(InstanceGenerator.generate(InstanceSize.SMALL, 42)))
			.isEqualTo(fingerprint(InstanceGenerator.generate(InstanceSize.SMALL, 42)));
	}

	@Test
	void generatesAnotherProblemFromAnotherSeed() {
		assertThat(fingerprint(InstanceGenerator.generate(InstanceSize.SMALL, 42)))
			.isNotEqualTo(fingerprint(InstanceGenerator.generate(InstanceSize.SMALL, 43)));
	}

	@Test
	void yieldsAboutTheTargetNumberOfPartsWithRealisticSpread() {
		MatchingProblem problem = InstanceGenerator.generate(InstanceSize.MEDIUM, 1);
		MatchingPlan plan = PlanBuilder.build(problem);

		assertThat(problem.offers()).hasSize(1_000);
		assertThat(plan.getParts()).hasSizeBetween(1_800, 2_200);
		assertThat(problem.requests().stream().map(SupportRequest::severity).distinct()).hasSize(5);
		assertThat(problem.requests().stream().map((request) -> request.country().region()).distinct()).hasSize(5);
		assertThat(problem.requests().stream().map(SupportRequest::unit).distinct())
			.contains("USD", "EUR", "PERSON_DAYS", "PLACES", "PRODUCTS");
		assertThat(problem.acceptedMatches()).isNotEmpty();
		assertThat(problem.rejections()).isNotEmpty();
		assertThat(plan.getParts().stream().filter((part) -> !part.getEligibleOffers().isEmpty()).count())
			.isGreaterThan(plan.getParts().size() / 2);
	}

	// Sets are printed sorted: Set.copyOf iterates in an order that changes from one JVM to the next.
	private static String fingerprint(MatchingProblem problem) {
		Stream<String> offers = problem.offers().stream().map(InstanceGeneratorTests::describe);
		Stream<String> requests = problem.requests().stream().map(InstanceGeneratorTests::describe);
		Stream<String> rest = Stream.of(problem.acceptedMatches(), problem.rejections(), problem.trackRecords(),
				problem.existingSupport(), problem.partners().stream().map((partner) -> partner.id() + partner.kind()
						+ partner.membershipStatus() + new TreeSet<>(partner.expertise())).toList())
			.map(List::toString);
		return Stream.of(offers, requests, rest).flatMap((stream) -> stream).collect(Collectors.joining("\n"));
	}

	private static String describe(Offer offer) {
		return String.join("|", offer.id(), offer.partner().id(), offer.kind().name(), Long.toString(offer.amount()),
				offer.unit(), Integer.toString(offer.capacity()), new TreeSet<>(offer.thematicAreas()).toString(),
				new TreeSet<>(offer.countries()).toString(), new TreeSet<>(offer.regions()).toString(),
				new TreeSet<>(offer.languages()).toString(), offer.availableFrom().toString(),
				offer.availableUntil().toString());
	}

	private static String describe(SupportRequest request) {
		return String.join("|", request.id(), request.kind().name(), Long.toString(request.amount()), request.unit(),
				request.language(), request.deadline().toString(), request.country().iso3(),
				new TreeSet<>(request.thematicAreas()).toString(),
				new TreeSet<>(request.objective().neededExpertise()).toString(),
				request.objective().deficits().toString());
	}

}
