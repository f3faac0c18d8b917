package org.ilo.coalition.api.startup;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ilo.coalition.api.matching.MatchingRuns;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.delivery.DeliveryDraft;
import org.ilo.coalition.graph.delivery.MatchDelivery;
import org.ilo.coalition.graph.delivery.MatchResults;
import org.ilo.coalition.graph.delivery.ResultDraft;
import org.ilo.coalition.graph.delivery.ResultValueDraft;
import org.ilo.coalition.graph.demo.DemoMatches;
import org.ilo.coalition.graph.matching.ConsentAnswer;
import org.ilo.coalition.graph.matching.ConsentParty;
import org.ilo.coalition.graph.matching.MatchLifecycle;
import org.ilo.coalition.graph.matching.MatchRunView;
import org.ilo.coalition.graph.matching.MatchScope;
import org.ilo.coalition.graph.matching.MatchSuggestionStore;
import org.ilo.coalition.graph.matching.MatchSuggestionView;
import org.ilo.coalition.graph.matching.ReviewDecision;
import org.ilo.coalition.graph.matching.SuggestionFilter;
import org.ilo.coalition.graph.matching.SuggestionStatus;
import org.ilo.coalition.graph.delivery.DeliveryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Plays the life of a few matches on new demo data, through the same services as the API, so that a newcomer sees
 * every stage on first start (docs/matching.md, "Demo data"): a matching run, then one match at each stage (awaiting
 * both answers, awaiting the member State, confirmed, in delivery, delivered with a result), a declined match and the
 * re-matching run it causes, a rejected suggestion, and the rest of the run's suggestions waiting for review.
 */
@Component
public class DemoLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DemoLifecycle.class);

	private static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT");

	private static final Actor COORDINATOR = new Actor("coordinator", "COORDINATION_GROUP");

	/** The stages played, in the order of the run's suggestions (most severe need first). */
	/** The member State whose request awaits consent first, as the README and docs/console.md show it. */
	static final String FEATURED_MEMBER_STATE = "KEN";

	public enum Stage {

		AWAITING_CONSENT, AWAITING_MEMBER_STATE, CONFIRMED, IN_DELIVERY, DELIVERED, DECLINED, REJECTED

	}

	private final MatchingRuns matching;

	private final MatchSuggestionStore suggestions;

	private final MatchLifecycle lifecycle;

	private final MatchDelivery delivery;

	private final DeliveryStore deliveries;

	private final MatchResults results;

	private final DemoMatches demoMatches;

	private final Clock clock;

	DemoLifecycle(MatchingRuns matching, MatchSuggestionStore suggestions, MatchLifecycle lifecycle,
			MatchDelivery delivery, DeliveryStore deliveries, MatchResults results, DemoMatches demoMatches, Clock clock) {
		this.matching = matching;
		this.suggestions = suggestions;
		this.lifecycle = lifecycle;
		this.delivery = delivery;
		this.deliveries = deliveries;
		this.results = results;
		this.demoMatches = demoMatches;
		this.clock = clock;
	}

	/**
	 * Runs matching over the demo's open requests and plays one stage per request on its first suggestions; returns the
	 * suggestion of each stage played (fewer stages when the run suggested fewer requests).
	 */
	public Map<Stage, String> play(int timeLimitSeconds) {
		MatchRunView run = this.matching.start(SECRETARIAT, MatchScope.EVERYTHING, timeLimitSeconds);
		awaitRuns(Duration.ofSeconds(timeLimitSeconds + 120L));
		List<MatchSuggestionView> firstPerRequest = new ArrayList<>();
		Set<String> requests = new HashSet<>();
		for (MatchSuggestionView suggestion : this.suggestions.findPage(new SuggestionFilter(run.id(),
				SuggestionStatus.PROPOSED, null, null, null, null, null, null), 100, null).items()) {
			if (requests.add(suggestion.requestId())) {
				firstPerRequest.add(suggestion);
			}
		}
		// The README's walk-through and the console's sign in as state-KEN and find a match awaiting its consent: give the
		// first stage a Kenyan request when the run suggested one.
		for (int i = 1; i < firstPerRequest.size(); i++) {
			if (FEATURED_MEMBER_STATE.equals(firstPerRequest.get(i).countryIso3())) {
				firstPerRequest.add(0, firstPerRequest.remove(i));
				break;
			}
		}
		// The delivered match reports a result: give that stage a request whose country has a figure to start from.
		int delivered = Stage.DELIVERED.ordinal();
		for (int i = delivered; i < firstPerRequest.size(); i++) {
			if (this.demoMatches.indicatorWithData(firstPerRequest.get(i).requestId()).isPresent()) {
				firstPerRequest.add(delivered, firstPerRequest.remove(i));
				break;
			}
		}
		Map<Stage, String> played = new LinkedHashMap<>();
		Stage[] stages = Stage.values();
		for (int i = 0; i < Math.min(stages.length, firstPerRequest.size()); i++) {
			MatchSuggestionView suggestion = firstPerRequest.get(i);
			try {
				play(stages[i], suggestion);
				played.put(stages[i], suggestion.id());
			}
			catch (RuntimeException ex) {
				// A stage that cannot be played (say, a request without data for a result) is left out, not fatal.
				log.warn("Demo stage {} not played on suggestion {}: {}", stages[i], suggestion.id(), ex.getMessage());
			}
		}
		log.info("Demo match lifecycle played: {}", played.keySet());
		return played;
	}

	private void play(Stage stage, MatchSuggestionView suggestion) {
		String id = suggestion.id();
		if (stage == Stage.REJECTED) {
			this.suggestions.review(COORDINATOR, id, ReviewDecision.REJECT, "Demo: the partner's offer ends too soon");
			return;
		}
		this.suggestions.review(COORDINATOR, id, ReviewDecision.ACCEPT, "Demo: accepted to show the lifecycle");
		Actor partner = new Actor("partner user (demo)", "PARTNER");
		Actor state = new Actor("state-" + suggestion.countryIso3(), "MEMBER_STATE");
		if (stage == Stage.AWAITING_CONSENT) {
			return;
		}
		answer(partner, ConsentParty.PARTNER, id, ConsentAnswer.CONFIRM, null);
		if (stage == Stage.AWAITING_MEMBER_STATE) {
			return;
		}
		if (stage == Stage.DECLINED) {
			answer(state, ConsentParty.MEMBER_STATE, id, ConsentAnswer.DECLINE,
					"Demo: the ministry prefers a partner with experience in the country");
			rematch(suggestion.requestId());
			return;
		}
		answer(state, ConsentParty.MEMBER_STATE, id, ConsentAnswer.CONFIRM, null);
		if (stage == Stage.CONFIRMED) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		double amount = suggestion.amount();
		double first = Math.max(1, Math.floor(amount * 0.4));
		this.delivery.record(partner, id, version(id), new DeliveryDraft(first, today.minusDays(20),
				"Demo: first part delivered"));
		if (stage == Stage.IN_DELIVERY) {
			return;
		}
		this.delivery.record(partner, id, version(id), new DeliveryDraft(amount - first, today.minusDays(5),
				"Demo: the rest delivered"));
		this.deliveries.findByMatches(List.of(id)).getOrDefault(id, List.of()).forEach((d) ->
				this.delivery.confirmReceipt(state, d.id(), d.version()));
		// Demo figures only: a target a tenth better than the latest figure, and a first value on the way to it.
		this.demoMatches.indicatorWithData(suggestion.requestId()).ifPresent((figure) -> {
			double better = figure.higherIsWorse() ? -1 : 1;
			var result = this.results.record(state, id, null, new ResultDraft(figure.indicatorCode(), null, null,
					round(figure.value() * (1 + 0.1 * better)), today.getYear() + 3));
			this.results.recordValue(state, result.id(), result.version(), new ResultValueDraft(
					round(figure.value() * (1 + 0.03 * better)), today.minusDays(1), "Demo: first measurement after delivery"));
		});
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private void answer(Actor actor, ConsentParty party, String id, ConsentAnswer answer, String reason) {
		this.lifecycle.answer(actor, party, id, version(id), answer, reason);
	}

	private long version(String id) {
		return this.suggestions.findByIds(List.of(id)).get(0).version();
	}

	// The declined match queued a re-matching after the usual delay; the demo runs it now so that it shows at once.
	private void rematch(String requestId) {
		this.matching.start(MatchLifecycle.REMATCHING, new MatchScope(List.of(), List.of(), List.of(requestId)), 3);
		awaitRuns(Duration.ofSeconds(120));
		this.lifecycle.rematchStarted(List.of(requestId), this.clock.instant().plus(Duration.ofDays(1)));
	}

	private void awaitRuns(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!this.matching.isIdle()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The demo's matching run did not end within " + timeout);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
