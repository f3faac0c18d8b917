package org.ilo.coalition.api.notification;

import java.util.List;

import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.graph.notification.NotificationView;

/** The schema's {@code NotificationConnection}: a page of the feed with the user's unread count. */
public record NotificationConnection(List<Connection.Edge<NotificationView>> edges, Connection.PageInfo pageInfo,
		long totalCount, long unreadCount) {

	static NotificationConnection of(Connection<NotificationView> page, long unreadCount) {
		return new NotificationConnection(page.edges(), page.pageInfo(), page.totalCount(), unreadCount);
	}

}
