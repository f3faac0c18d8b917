package org.ilo.coalition.api.notification;

import java.security.Principal;
import java.util.List;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.notification.NotificationStore;
import org.ilo.coalition.graph.notification.NotificationView;
import org.ilo.coalition.graph.paging.Cursor;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The signed-in user's notifications: the feed, its read state, and the live stream. */
@Controller
public class NotificationController {

	static final String TYPE = "Notification";

	private static final String SIGNED_IN = "hasAnyRole('PARTNER', 'MEMBER_STATE', 'COORDINATION_GROUP', 'SECRETARIAT')";

	private final NotificationStore store;

	private final NotificationTail tail;

	public NotificationController(NotificationStore store, NotificationTail tail) {
		this.store = store;
		this.tail = tail;
	}

	@QueryMapping
	@PreAuthorize(SIGNED_IN)
	public NotificationConnection notifications(@Argument Boolean unreadOnly, @Argument Integer first,
			@Argument String after, @Nullable Principal principal) {
		Caller caller = Callers.of(principal);
		int size = PageArguments.first(first, 20);
		Cursor cursor = PageArguments.after(NotificationStore.ORDERING, after);
		Long afterSeq = cursor == null ? null : sequence(cursor);
		NotificationStore.Feed feed = this.store.feed(caller.username(), audience(caller), Boolean.TRUE.equals(unreadOnly),
				size, afterSeq);
		return NotificationConnection.of(Connection.of(feed.page(), NotificationController::cursorOf, after != null),
				feed.unreadCount());
	}

	@MutationMapping
	@PreAuthorize(SIGNED_IN)
	public long markNotificationsRead(@Argument @Nullable List<String> ids, @Nullable Principal principal) {
		Caller caller = Callers.of(principal);
		List<String> keys = ids == null ? null
				: ids.stream().map((id) -> GlobalId.keyOf("ids", TYPE, id)).toList();
		return this.store.markRead(caller.username(), audience(caller), keys);
	}

	@SubscriptionMapping
	@PreAuthorize(SIGNED_IN)
	public Flux<NotificationView> notificationReceived(@Nullable Principal principal) {
		Audience audience = audience(Callers.of(principal));
		return this.tail.stream().filter((notification) -> notification.isFor(audience));
	}

	@SchemaMapping(typeName = TYPE)
	public String id(NotificationView notification) {
		return GlobalId.of(TYPE, notification.id());
	}

	@SchemaMapping(typeName = TYPE)
	public @Nullable String subjectId(NotificationView notification) {
		return notification.subjectId() == null ? null : GlobalId.of(notification.subjectType(), notification.subjectId());
	}

	@SchemaMapping(typeName = TYPE)
	public @Nullable String requestId(NotificationView notification) {
		return notification.requestId() == null ? null : GlobalId.of("SupportRequest", notification.requestId());
	}

	@SchemaMapping(typeName = TYPE)
	public long sequence(NotificationView notification) {
		return notification.seq();
	}

	/** Whom a signed-in caller reads notifications as: its partner, its member State, or its group. */
	public static Audience audience(Caller caller) {
		return switch (caller.role()) {
			case PARTNER -> Audience.partner(String.valueOf(caller.partnerId()));
			case MEMBER_STATE -> Audience.memberState(String.valueOf(caller.countryIso3()));
			case COORDINATION_GROUP -> Audience.COORDINATION_GROUP;
			case SECRETARIAT -> Audience.SECRETARIAT;
			case PUBLIC -> throw new IllegalStateException("The public has no notifications");
		};
	}

	private static Cursor cursorOf(NotificationView notification) {
		return new Cursor(NotificationStore.ORDERING, Long.toString(notification.seq()), notification.id());
	}

	private static long sequence(Cursor cursor) {
		try {
			return Long.parseLong(cursor.sortKey());
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("after", "is not a cursor of this list: pass an endCursor it returned");
		}
	}

}
