package org.ilo.coalition.matching.bound;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ilo.coalition.matching.baseline.GreedyMatcher;
import org.ilo.coalition.matching.constraint.MatchingWeights;
import org.ilo.coalition.matching.generate.InstanceGenerator;
import org.ilo.coalition.matching.generate.InstanceSize;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.ilo.coalition.matching.plan.RequestPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes a generated plan as plain text for {@code matching/tools/unmet_need_bound.py}, which computes the optimum
 * (mixed-integer) and the LP bound of the unmet need with scipy's HiGHS: how much of greedy's unmet need any plan can
 * recover. Opt-in:
 *
 * <pre>
 * mvn -q -B -o -pl matching test -Dtest=BoundExportTests -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dmatching.bound=MEDIUM [-Dmatching.bound.seed=1]
 * python3 matching/tools/unmet_need_bound.py matching/target/bound/MEDIUM-1.txt
 * </pre>
 *
 * Format, one record a line, space-separated: {@code O id free-amount free-capacity} per offer (what pinned parts
 * leave), {@code P id request value amount greedy-offer|- offer...} per open part with eligible offers ({@code value}
 * is the medium weight it meets when assigned), {@code F value} per part that can never be met (the floor), and
 * {@code R request offer} for each (request, offer) already joined by a pinned part (no extra capacity needed).
 */
@EnabledIfSystemProperty(named = "matching.bound", matches = "SMALL|MEDIUM|LARGE")
class BoundExportTests {

	@Test
	void export() throws IOException {
		InstanceSize size = InstanceSize.valueOf(System.getProperty("matching.bound"));
		long seed = Long.getLong("matching.bound.seed", 1);
		MatchingPlan plan = PlanBuilder.build(InstanceGenerator.generate(size, seed, Double.parseDouble(System.getProperty("matching.supply", "1"))));
		Map<String, Offer> greedy = GreedyMatcher.assignments(plan);
		Map<Offer, Long> used = new HashMap<>();
		Map<Offer, Set<String>> joined = new HashMap<>();
		for (RequestPart part : plan.getParts()) {
			if (part.isPinned() && part.getOffer() != null) {
				used.merge(part.getOffer(), part.getAmount(), Long::sum);
				joined.computeIfAbsent(part.getOffer(), (key) -> new HashSet<>()).add(part.getRequest().id());
			}
		}
		List<String> lines = new ArrayList<>();
		for (Offer offer : plan.getOffers()) {
			Set<String> requests = joined.getOrDefault(offer, Set.of());
			lines.add("O " + offer.id() + " " + (offer.amount() - used.getOrDefault(offer, 0L)) + " "
					+ (offer.capacity() - requests.size()));
			for (String request : requests) {
				lines.add("R " + request + " " + offer.id());
			}
		}
		for (RequestPart part : plan.getParts()) {
			long value = MatchingWeights.unmetNeed(part.getSharePerMille(), part.getSeverity());
			if (part.isAccepted()) {
				continue;
			}
			if (part.getEligibleOffers().isEmpty()) {
				lines.add("F " + value);
				continue;
			}
			Offer chosen = greedy.get(part.getId());
			lines.add("P " + part.getId() + " " + part.getRequest().id() + " " + value + " " + part.getAmount() + " "
					+ ((chosen != null) ? chosen.id() : "-") + " "
					+ part.getEligibleOffers().stream().map(Offer::id).collect(Collectors.joining(" ")));
		}
		String supply = System.getProperty("matching.supply", "1");
		Path output = Path.of("target", "bound", size + "-" + seed + (supply.equals("1") ? "" : "-supply" + supply) + ".txt");
		Files.createDirectories(output.getParent());
		Files.write(output, lines);
		System.out.println("Wrote " + output.toAbsolutePath());
	}

}
