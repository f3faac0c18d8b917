package org.ilo.coalition.graph.notification;

import java.util.List;

/**
 * A notification to write with the change that causes it.
 *
 * @param subjectType the GraphQL type of what it is about, such as {@code MatchSuggestion}
 * @param subjectId the key of what it is about
 * @param summary one sentence a person reads
 * @param requestId the support request concerned, if any
 * @param partnerId the partner concerned, if any
 * @param countryIso3 the member State concerned, if any
 */
public record NotificationDraft(NotificationType type, String subjectType, String subjectId, String summary,
		String requestId, String partnerId, String countryIso3, List<Audience> audiences) {

	public NotificationDraft {
		audiences = List.copyOf(audiences.stream().distinct().toList());
	}

}
