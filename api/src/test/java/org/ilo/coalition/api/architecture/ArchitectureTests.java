package org.ilo.coalition.api.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the module direction (api → graph-model, api → matching) and the feature packages free of cycles. */
class ArchitectureTests {

	static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
			.importPackages("org.ilo.coalition");
	}

	@Test
	void importsTheClassesOfAllThreeModules() {
		assertThat(classes.containPackage("org.ilo.coalition.api")).isTrue();
		assertThat(classes.containPackage("org.ilo.coalition.graph")).isTrue();
		assertThat(classes.containPackage("org.ilo.coalition.matching")).isTrue();
	}

	@Test
	void matchingDependsOnNoOtherModuleNorOnPersistenceOrGraphQlTypes() {
		noClasses().that().resideInAPackage("org.ilo.coalition.matching..")
			.should().dependOnClassesThat().resideInAnyPackage("org.ilo.coalition.graph..", "org.ilo.coalition.api..",
					"org.springframework.data..", "org.neo4j..", "graphql..", "org.springframework.graphql..")
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void graphModelNeverDependsOnTheApi() {
		noClasses().that().resideInAPackage("org.ilo.coalition.graph..")
			.should().dependOnClassesThat().resideInAnyPackage("org.ilo.coalition.api..", "org.springframework.graphql..",
					"graphql..")
			.check(classes);
	}

	@Test
	void controllersRunNoCypherThemselves() {
		noClasses().that().areAnnotatedWith(Controller.class)
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.neo4j.core..", "org.neo4j.driver..")
			.check(classes);
	}

	@Test
	void controllersAreNamedAfterTheirType() {
		classes().that().areAnnotatedWith(Controller.class).should().haveSimpleNameEndingWith("Controller").check(classes);
	}

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("org.ilo.coalition.(*).(*)..").should().beFreeOfCycles().check(classes);
	}

}
