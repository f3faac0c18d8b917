package org.ilo.coalition.api.workflow;

import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.MutationInputs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Text that looks like Cypher is stored as text and changes nothing else. */
class CypherInjectionIT extends ApiIntegrationTest {

	@ParameterizedTest
	@ValueSource(strings = { "' OR 1=1 //", "\"}) MATCH (n) DETACH DELETE n //", "`Partner`) DETACH DELETE (n",
			"x'}) WITH 1 AS x MATCH (c:Country) DETACH DELETE c //", "$name \\u0027 RETURN 1" })
	void storesCypherLookalikesAsPlainText(String hostile) {
		long countries = count("MATCH (c:Country) RETURN count(c)");
		Map<String, Object> input = MutationInputs.application("Org " + hostile, "NGO", "KEN");
		input.put("description", hostile);

		String id = anonymous().documentName("apply").variable("input", input).execute()
			.path("applyForMembership.name").entity(String.class).isEqualTo("Org " + hostile.strip())
			.path("applyForMembership.id").entity(String.class).get();

		asSecretariat().documentName("partnerDetails").variable("id", id).execute().path("partner.name")
			.entity(String.class).isEqualTo("Org " + hostile.strip());
		asSecretariat().documentName("partnersPage").variable("filter", Map.of("nameContains", hostile.strip()))
			.execute().path("partners.totalCount").entity(Integer.class).isEqualTo(1);
		assertThat(count("MATCH (c:Country) RETURN count(c)")).isEqualTo(countries);
		assertThat(count("MATCH (p:Partner) RETURN count(p)")).isEqualTo(1);
		assertThat(this.neo4jClient.query("MATCH (p:Partner) RETURN p.description").fetchAs(String.class).one())
			.contains(hostile.strip());
		assertThat(List.of(count("MATCH (r:Region) RETURN count(r)"))).containsExactly(5L);
	}

	private long count(String cypher) {
		return this.neo4jClient.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
