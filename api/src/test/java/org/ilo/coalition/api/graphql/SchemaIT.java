package org.ilo.coalition.api.graphql;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import graphql.language.Description;
import graphql.language.DescribedNode;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.parser.Parser;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.ApiTestConfiguration.SchemaReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema file is complete, described and fully mapped, and GraphiQL and HTTP serve it. */
class SchemaIT extends ApiIntegrationTest {

	@Autowired
	SchemaReports schemaReports;

	@Test
	void mapsEverySchemaFieldToAControllerOrAProperty() {
		assertThat(this.schemaReports.reports()).isNotEmpty();
		SchemaReport report = this.schemaReports.reports().get(0);

		assertThat(report.unmappedFields()).as("unmapped fields").isEmpty();
		assertThat(report.unmappedRegistrations()).as("controller methods without a schema field").isEmpty();
		assertThat(report.unmappedArguments()).as("controller arguments without a schema argument").isEmpty();
		assertThat(report.skippedTypes()).as("types the inspection could not check").isEmpty();
	}

	@Test
	void describesEveryTypeFieldArgumentAndEnumValue() throws IOException {
		Document schema = Parser.parse(Files.readString(Path.of("..", "schema.graphqls")));
		List<String> undescribed = new ArrayList<>();
		schema.getDefinitions().forEach((definition) -> {
			if (definition instanceof ObjectTypeDefinition type) {
				// An extension (`extend type Query`) cannot carry a description; its fields still must.
				if (!(type instanceof ObjectTypeExtensionDefinition)) {
					check(type, type.getName(), undescribed);
				}
				type.getFieldDefinitions().forEach((field) -> checkField(type.getName(), field, undescribed));
			}
			else if (definition instanceof InterfaceTypeDefinition type) {
				check(type, type.getName(), undescribed);
				type.getFieldDefinitions().forEach((field) -> checkField(type.getName(), field, undescribed));
			}
			else if (definition instanceof InputObjectTypeDefinition type) {
				check(type, type.getName(), undescribed);
				type.getInputValueDefinitions().forEach((field) -> check(field, type.getName() + "." + field.getName(), undescribed));
			}
			else if (definition instanceof EnumTypeDefinition type) {
				check(type, type.getName(), undescribed);
				type.getEnumValueDefinitions().forEach((value) -> check(value, type.getName() + "." + value.getName(), undescribed));
			}
			else if (definition instanceof ScalarTypeDefinition type) {
				check(type, type.getName(), undescribed);
			}
		});

		assertThat(undescribed).as("schema elements without a description").isEmpty();
	}

	@Test
	void servesGraphiQlAndQueriesOverHttp() throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		HttpResponse<String> graphiql = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphiql"))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> query = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ country(iso3: \\\"FJI\\\") { name region { code } } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(graphiql.statusCode()).isEqualTo(200);
		assertThat(graphiql.body()).containsIgnoringCase("graphiql");
		assertThat(query.statusCode()).isEqualTo(200);
		assertThat(query.body()).contains("\"name\":\"Fiji\"").contains("ASIA_PACIFIC");
	}

	private static void checkField(String owner, FieldDefinition field, List<String> undescribed) {
		check(field, owner + "." + field.getName(), undescribed);
		field.getInputValueDefinitions().forEach((argument) -> check(argument,
				owner + "." + field.getName() + "(" + argument.getName() + ")", undescribed));
	}

	private static void check(DescribedNode<?> node, String name, List<String> undescribed) {
		Description description = node.getDescription();
		if (description == null || description.getContent().isBlank()) {
			undescribed.add(name);
		}
	}

}
