package org.ilo.coalition.graph.cypher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ilo.coalition.graph.paging.ResultPage;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Reads one page of a keyset-paginated list with its total in one statement. The statement's text block holds the
 * optional filters where it says {@code $$filter} ({@link Where}) and the keyset condition where it says
 * {@code $$after}, reads {@code $limit} rows and returns {@code total} and {@code page}.
 */
public final class KeysetPage {

	private KeysetPage() {
	}

	/**
	 * The page of at most {@code first} items after the cursor whose values are {@code after} (empty for the first
	 * page), filtered by {@code where}.
	 */
	public static <T> ResultPage<T> read(Neo4jClient client, String statement, Where where, String afterCondition,
			Map<String, Object> after, int first, Function<Value, T> toView) {
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		parameters.putAll(after);
		parameters.put("limit", first + 1);
		String text = statement.replace("$$filter", where.conditions())
			.replace("$$after", after.isEmpty() ? "true" : afterCondition);
		record Fetched<T>(List<T> items, long total) {
		}
		Fetched<T> fetched = client.query(text).bindAll(parameters).fetchAs(Fetched.class)
			.mappedBy((types, record) -> new Fetched<>(record.get("page").asList(toView::apply),
					record.get("total").asLong()))
			.one().orElseThrow();
		return ResultPage.ofLookahead(fetched.items(), first, fetched.total());
	}

}
