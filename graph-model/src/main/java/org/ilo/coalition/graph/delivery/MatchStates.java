package org.ilo.coalition.graph.delivery;

import java.util.Set;

import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.command.NodeLocks.Locked;
import org.ilo.coalition.graph.matching.MatchStatus;

/** The state check of the transitions after confirmation: a wrong state is a CONFLICT naming the current one. */
final class MatchStates {

	/** Where results may be recorded: once both parties confirmed, whatever became of the match since. */
	static final Set<MatchStatus> CONFIRMED_OR_LATER = Set.of(MatchStatus.CONFIRMED, MatchStatus.IN_DELIVERY,
			MatchStatus.DELIVERED, MatchStatus.CANCELLED);

	private MatchStates() {
	}

	/**
	 * Fails unless the locked match is in one of the allowed states.
	 * @param field the input field that named the match
	 * @param what what the transition does, for the message ("record deliveries")
	 */
	static MatchStatus require(Locked match, Set<MatchStatus> allowed, String field, String what) {
		if (match.status() == null) {
			throw new ConflictException(field, "Suggestion '" + match.id() + "' is not an accepted match; only matches can "
					+ what);
		}
		MatchStatus status = MatchStatus.valueOf(match.status());
		if (!allowed.contains(status)) {
			throw new ConflictException(field, "Match '" + match.id() + "' is " + status + ": only "
					+ String.join(" or ", allowed.stream().map(Enum::name).sorted().toList()) + " matches can " + what);
		}
		return status;
	}

}
