package org.ilo.coalition.api.deficit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.ilostat.DataImportStore;
import org.ilo.coalition.graph.ilostat.DataImportView;
import org.ilo.coalition.graph.ilostat.ImportStatus;
import org.ilo.coalition.graph.ilostat.SeverityChange;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.request.SupportRequestRepository;
import org.ilo.coalition.graph.request.SupportRequestView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Imports of ILOSTAT figures, for the secretariat: {@code Query.dataImports} and the fields of {@code DataImport} and
 * {@code SeverityChange}. Registers the loader of imports by id that the {@code import} fields of observations and
 * revisions share.
 */
@Controller
public class DataImportController {

	/** The GraphQL type, also the type part of its global ids. */
	public static final String TYPE = "DataImport";

	/** The loader of imports by id ({@code DataLoader<String, DataImportView>}), one statement per level. */
	static final String LOADER = "dataImports";

	private final DataImportStore imports;

	private final ReferenceCatalog catalog;

	private final SupportRequestRepository requests;

	public DataImportController(DataImportStore imports, ReferenceCatalog catalog, SupportRequestRepository requests,
			BatchLoaderRegistry loaders) {
		this.imports = imports;
		this.catalog = catalog;
		this.requests = requests;
		loaders.<String, DataImportView>forName(LOADER)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> imports.findByIds(ids)));
	}

	@QueryMapping
	@PreAuthorize("hasRole('SECRETARIAT')")
	public Connection<DataImportView> dataImports(@Argument ImportStatus status, @Argument Integer first,
			@Argument String after) {
		int size = PageArguments.first(first, 20);
		return Connection.of(this.imports.findPage(status, size, PageArguments.after(DataImportStore.ORDERING, after)),
				DataImportStore::cursorOf, after != null);
	}

	@SchemaMapping(typeName = TYPE)
	public String id(DataImportView dataImport) {
		return GlobalId.of(TYPE, dataImport.id());
	}

	@SchemaMapping(typeName = TYPE)
	public List<SkippedRows> skipped(DataImportView dataImport) {
		return SkippedRows.of(dataImport.skipped());
	}

	@SchemaMapping(typeName = TYPE)
	public String ranBy(DataImportView dataImport) {
		return dataImport.actor();
	}

	@SchemaMapping(typeName = TYPE)
	public String ranByRole(DataImportView dataImport) {
		return dataImport.actorRole();
	}

	@BatchMapping(typeName = "SeverityChange")
	public Map<SeverityChange, SupportRequestView> request(List<SeverityChange> changes) {
		Map<String, SupportRequestView> byId = new HashMap<>();
		this.requests.findViewsByIds(changes.stream().map(SeverityChange::requestId).distinct().toList())
			.forEach((r) -> byId.put(r.id(), r));
		Map<SeverityChange, SupportRequestView> found = new HashMap<>();
		changes.stream().filter((c) -> byId.containsKey(c.requestId()))
			.forEach((c) -> found.put(c, byId.get(c.requestId())));
		return found;
	}

	@SchemaMapping(typeName = "SeverityChange")
	public Country country(SeverityChange change) {
		return this.catalog.country(Objects.requireNonNullElse(change.countryIso3(), "")).orElse(null);
	}

}
