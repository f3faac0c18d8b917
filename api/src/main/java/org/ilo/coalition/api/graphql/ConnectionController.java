package org.ilo.coalition.api.graphql;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code totalCount} of the connection types.
 *
 * <p>A connection that failed is {@code null} ({@link FailedConnectionInstrumentation}); Spring for GraphQL still puts
 * an empty {@code graphql.relay.Connection} in place of one that resolved to nothing without an error (none of ours
 * does), and that object has no total, so this answers 0 for it rather than a second, confusing null error.
 */
@Controller
public class ConnectionController {

	@SchemaMapping(typeName = "PartnerConnection")
	public long totalCount(Object connection) {
		return count(connection);
	}

	@SchemaMapping(typeName = "CountryConnection", field = "totalCount")
	public long countryTotalCount(Object connection) {
		return count(connection);
	}

	@SchemaMapping(typeName = "SupportRequestConnection", field = "totalCount")
	public long supportRequestTotalCount(Object connection) {
		return count(connection);
	}

	@SchemaMapping(typeName = "AuditEventConnection", field = "totalCount")
	public long auditEventTotalCount(Object connection) {
		return count(connection);
	}

	@SchemaMapping(typeName = "MatchRunConnection", field = "totalCount")
	public long matchRunTotalCount(Object connection) {
		return count(connection);
	}

	@SchemaMapping(typeName = "MatchSuggestionConnection", field = "totalCount")
	public long matchSuggestionTotalCount(Object connection) {
		return count(connection);
	}

	@SchemaMapping(typeName = "DataImportConnection", field = "totalCount")
	public long dataImportTotalCount(Object connection) {
		return count(connection);
	}

	private static long count(Object connection) {
		return (connection instanceof Connection<?> ours) ? ours.totalCount() : 0;
	}

}
