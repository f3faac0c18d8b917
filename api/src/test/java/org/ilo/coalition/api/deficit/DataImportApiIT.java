package org.ilo.coalition.api.deficit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.ilostat.DataImportView;
import org.ilo.coalition.graph.ilostat.ImportRefusedException;
import org.ilo.coalition.graph.ilostat.IlostatImporter;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The record of each import of ILOSTAT figures, for the secretariat only. */
class DataImportApiIT extends ApiIntegrationTest {

	private static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT");

	private static final String BULK_HEADER = "ref_area,source,indicator,sex,classif1,classif2,time,obs_value,obs_status,"
			+ "note_classif,note_indicator,note_source\n";

	private static final String IMPORTS = """
			query($status: ImportStatus, $first: Int, $after: String) {
			  dataImports(status: $status, first: $first, after: $after) {
			    totalCount
			    pageInfo { hasNextPage endCursor }
			    edges { node {
			      id fileName format sha256 startedAt endedAt status rowsRead created updated written unchanged
			      skipped { reason description rows } skippedTotal
			      severityChanges { request { title } country { iso3 } before after }
			      ranBy ranByRole error
			    } }
			  }
			}""";

	@Autowired
	IlostatImporter importer;

	@BeforeEach
	void openRequestOnUnemploymentInKenya() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String objective = fixture.strategyWithObjective("KEN", "Jobs", "8.5.2").get(1);
		fixture.request("KEN", objective, "Employment services", LocalDate.now().plusMonths(6),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
	}

	@Test
	void listsImportsNewestFirstWithTheirSkippedRowsAndTheRequestsWhoseSeverityMoved() {
		DataImportView mixed = this.importer.importFile(utf8(BULK_HEADER
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2019,11.2,,,,\n"
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT_A,SEX_F,AGE_YTHADULT_YGE15,,2019,12.0,,,,\n"
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2020Q1,5.9,,,,\n"
				+ "X01,XA:1,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2019,5.4,,,,\n"
				+ "ABW,BA:2,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2019,7.0,,,,\n"
				+ "JOR,BA:7,SDG_0861_SEX_RT_A,SEX_T,,,2019,36.6,U,,,\n"), "mixed.csv", SECRETARIAT);
		assertThatExceptionOfType(ImportRefusedException.class).isThrownBy(() -> this.importer.importFile(utf8(
				BULK_HEADER + "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2018,five,,,,\n"), "bad.csv",
				SECRETARIAT));

		GraphQlTester.Response all = asSecretariat().document(IMPORTS).execute();

		all.path("dataImports.totalCount").entity(Integer.class).isEqualTo(2);
		all.path("dataImports.edges[*].node.fileName").entityList(String.class).containsExactly("bad.csv", "mixed.csv");
		all.path("dataImports.edges[1].node.id").entity(String.class).isEqualTo(GlobalId.of("DataImport", mixed.id()));
		all.path("dataImports.edges[1].node").entity(Map.class).satisfies((node) -> assertThat(node)
			.containsEntry("format", "ILOSTAT_BULK")
			.containsEntry("sha256", mixed.sha256())
			.containsEntry("status", "COMPLETED")
			.containsEntry("rowsRead", 6)
			.containsEntry("created", 2)
			.containsEntry("updated", 0)
			.containsEntry("written", 2)
			.containsEntry("unchanged", 0)
			.containsEntry("skippedTotal", 4)
			.containsEntry("ranBy", "secretariat")
			.containsEntry("ranByRole", "SECRETARIAT")
			.containsEntry("error", null));
		all.path("dataImports.edges[1].node.skipped").entityList(Map.class).satisfies((skipped) -> assertThat(skipped)
			.containsExactly(
					Map.of("reason", "AGGREGATE", "description", "regional or other aggregate", "rows", 1),
					Map.of("reason", "NOT_A_MEMBER_STATE", "description", "not an ILO member State", "rows", 1),
					Map.of("reason", "NOT_TOTAL_SEX", "description", "not the total of both sexes", "rows", 1),
					Map.of("reason", "NOT_ANNUAL", "description", "quarterly or monthly figure", "rows", 1)));
		// Unemployment of 11.2 % gives Kenya's open request a severity where it had no data before.
		all.path("dataImports.edges[1].node.severityChanges").entityList(Map.class).satisfies((changes) -> assertThat(
				changes).singleElement().satisfies((change) -> assertThat(change)
					.containsEntry("request", Map.of("title", "Employment services"))
					.containsEntry("country", Map.of("iso3", "KEN"))
					.containsEntry("before", null)
					.containsEntry("after", 4)));
		all.path("dataImports.edges[0].node.status").entity(String.class).isEqualTo("REFUSED");
		all.path("dataImports.edges[0].node.error").entity(String.class).satisfies((error) -> assertThat(error)
			.contains("line 2").contains("obs_value"));
		all.path("dataImports.edges[0].node.skipped").entityList(Object.class).hasSize(0);

		GraphQlTester.Response refused = asSecretariat().document(IMPORTS).variable("status", "REFUSED").execute();
		refused.path("dataImports.totalCount").entity(Integer.class).isEqualTo(1);
		refused.path("dataImports.edges[*].node.fileName").entityList(String.class).containsExactly("bad.csv");

		GraphQlTester.Response first = asSecretariat().document(IMPORTS).variable("first", 1).execute();
		first.path("dataImports.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("dataImports.pageInfo.endCursor").entity(String.class).get();
		asSecretariat().document(IMPORTS).variable("first", 1).variable("after", cursor).execute()
			.path("dataImports.edges[*].node.fileName").entityList(String.class).containsExactly("mixed.csv");
	}

	@Test
	void refusesTheListOfImportsToEveryoneButTheSecretariat() {
		String partner = new GraphFixture(this.neo4jClient).partner("Research Institute", PartnerKind.ACADEMIA, "KEN");
		importKenya();

		assertRefused(anonymous(), "UNAUTHORIZED");
		assertRefused(asPartner(partner), "FORBIDDEN");
		assertRefused(asMemberState("KEN"), "FORBIDDEN");
		assertRefused(asCoordinator(), "FORBIDDEN");
	}

	@Test
	void resolvesAnImportByItsNodeIdForTheSecretariatOnly() {
		DataImportView imported = importKenya();
		String id = GlobalId.of("DataImport", imported.id());
		String query = "query($id: ID!) { node(id: $id) { id ... on DataImport { fileName status created } } }";

		GraphQlTester.Response secretariat = asSecretariat().document(query).variable("id", id).execute();
		secretariat.path("node.id").entity(String.class).isEqualTo(id);
		secretariat.path("node.fileName").entity(String.class).isEqualTo("kenya.csv");
		secretariat.path("node.created").entity(Integer.class).isEqualTo(1);
		asSecretariat().document("{ country(iso3: \"KEN\") { deficits { import { id } } } }").execute()
			.path("country.deficits[0].import.id").entity(String.class).isEqualTo(id);

		// Anyone else gets null without an error, as for an unknown id.
		for (GraphQlTester other : List.of(anonymous(), asCoordinator(), asMemberState("KEN"))) {
			other.document(query).variable("id", id).execute().path("node").valueIsNull();
		}
	}

	private DataImportView importKenya() {
		return this.importer.importFile(
				utf8(BULK_HEADER + "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2019,11.2,,,,\n"),
				"kenya.csv", SECRETARIAT);
	}

	private static void assertRefused(GraphQlTester tester, String classification) {
		GraphQlTester.Response response = tester.document(IMPORTS).execute();
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(String.valueOf(error.getErrorType())).isEqualTo(classification);
			assertThat(error.getPath()).isEqualTo("dataImports");
		}));
		GraphQlResponse raw = response.returnResponse();
		assertThat((Object) raw.getData()).as("data, as dataImports is non-null").isNull();
	}

	private static ByteArrayInputStream utf8(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
