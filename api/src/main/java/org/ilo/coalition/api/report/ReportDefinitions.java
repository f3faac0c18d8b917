package org.ilo.coalition.api.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The reports served at {@code /reports/{name}.csv} and {@code .json} and that can be frozen, by name; also who may
 * read each, for the {@code @PreAuthorize} of {@link ReportHttpController}.
 */
@Component("reportDefinitions")
public class ReportDefinitions {

	private static final List<String> READERS = List.of("ROLE_SECRETARIAT", "ROLE_COORDINATION_GROUP");

	private final Map<String, ReportDefinition<?>> byName;

	public ReportDefinitions(List<ReportDefinition<?>> definitions) {
		this.byName = definitions.stream().collect(Collectors.toUnmodifiableMap(ReportDefinition::name, Function.identity()));
	}

	/** The report called {@code name} in URLs. */
	public Optional<ReportDefinition<?>> byName(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	/** The report called {@code reportName} in the schema ({@code COVERAGE}). */
	public Optional<ReportDefinition<?>> byReportName(String reportName) {
		return this.byName.values().stream().filter((d) -> d.reportName().equals(reportName)).findFirst();
	}

	/**
	 * Whether {@code authentication} may read the report {@code name}: anyone a public one, the secretariat and the
	 * coordination group the others. An unknown name is allowed here and answered 404 by the controller.
	 */
	public boolean mayRead(String name, @Nullable Authentication authentication) {
		ReportDefinition<?> definition = this.byName.get(name);
		return definition == null || definition.isPublic() || isReader(authentication);
	}

	/** Whether {@code authentication} is of the secretariat or the coordination group. */
	public static boolean isReader(@Nullable Authentication authentication) {
		return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority).anyMatch(READERS::contains);
	}

}
