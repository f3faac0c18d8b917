package org.ilo.coalition.api.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.matching.MatchLifecycle;
import org.ilo.coalition.graph.matching.MatchRunView;
import org.ilo.coalition.graph.matching.MatchScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The lifecycle's timed work, on Spring's scheduler: matches nobody answered in time expire, and requests whose
 * matches ended get a matching run scoped to them once their re-matching delay has passed. Every instance runs both;
 * each expiry locks its match and a run whose scope overlaps an active one is refused, so two instances never do the
 * same work twice. Not in the command-line import, which has no web server.
 */
@Component
@ConditionalOnWebApplication
public class MatchJobs {

	/** Who starts re-matching runs, as the audit trail and {@code MatchRun.createdBy} show it. */
	static final Actor REMATCHING = MatchLifecycle.REMATCHING;

	private static final Logger log = LoggerFactory.getLogger(MatchJobs.class);

	private static final int BATCH = 100;

	private final MatchLifecycle lifecycle;

	private final MatchingRuns matching;

	private final Clock clock;

	private final Duration reminderBefore;

	MatchJobs(MatchLifecycle lifecycle, MatchingRuns matching, Clock clock,
			@Value("${coalition.match.reminder-before:P2D}") Duration reminderBefore) {
		this.lifecycle = lifecycle;
		this.matching = matching;
		this.clock = clock;
		this.reminderBefore = reminderBefore;
	}

	/**
	 * Reminds the parties that have not answered a match whose deadline is less than the reminder period away; returns
	 * how many matches were reminded.
	 */
	@Scheduled(fixedDelayString = "${coalition.match.jobs-interval:PT10S}",
			initialDelayString = "${coalition.match.jobs-interval:PT10S}")
	public int remindExpiringMatches() {
		Instant until = this.clock.instant().plus(this.reminderBefore);
		int reminded = 0;
		List<String> due;
		do {
			due = this.lifecycle.dueForReminder(until, BATCH);
			for (String id : due) {
				reminded += this.lifecycle.remind(id, until) ? 1 : 0;
			}
		}
		while (due.size() == BATCH && reminded > 0);
		return reminded;
	}

	/** Expires the matches whose consent deadline has passed; returns how many expired. */
	@Scheduled(fixedDelayString = "${coalition.match.jobs-interval:PT10S}",
			initialDelayString = "${coalition.match.jobs-interval:PT10S}")
	public int expireDueMatches() {
		Instant now = this.clock.instant();
		int expired = 0;
		List<String> due;
		do {
			due = this.lifecycle.dueForExpiry(now, BATCH);
			for (String id : due) {
				expired += this.lifecycle.expire(id, now) ? 1 : 0;
			}
		}
		while (due.size() == BATCH);
		if (expired > 0) {
			log.info("{} match(es) expired without both parties' consent", expired);
		}
		return expired;
	}

	/**
	 * Starts one matching run over the requests whose re-matching is due; returns it, or {@code null} when none is due
	 * or an active run overlaps (tried again at the next turn).
	 */
	@Scheduled(fixedDelayString = "${coalition.match.jobs-interval:PT10S}",
			initialDelayString = "${coalition.match.jobs-interval:PT10S}")
	public MatchRunView startDueRematches() {
		Instant now = this.clock.instant();
		List<String> due = this.lifecycle.dueForRematch(now, BATCH);
		if (due.isEmpty()) {
			return null;
		}
		try {
			MatchRunView run = this.matching.start(REMATCHING, new MatchScope(List.of(), List.of(), due), null);
			this.lifecycle.rematchStarted(due, now);
			log.info("Re-matching run {} started for {} request(s)", run.id(), due.size());
			return run;
		}
		catch (ConflictException ex) {
			log.debug("Re-matching of {} request(s) waits: {}", due.size(), ex.getMessage());
			return null;
		}
	}

}
