package org.ilo.coalition.api.deficit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.ilo.coalition.graph.ilostat.DataImportView;
import org.ilo.coalition.graph.indicator.DeficitObservationRepository;
import org.ilo.coalition.graph.indicator.DeficitView;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.indicator.IndicatorSeries;
import org.ilo.coalition.graph.indicator.ObservationRevision;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The fields of {@code DeficitObservation} and {@code ObservationRevision} beyond their own properties: indicator and
 * series from the catalogue, the history in one statement per level, and the import (secretariat only) through the
 * loader of imports.
 */
@Controller
public class DeficitObservationController {

	private static final String TYPE = "DeficitObservation";

	private static final String REVISION = "ObservationRevision";

	private final ReferenceCatalog catalog;

	private final DeficitObservationRepository deficits;

	public DeficitObservationController(ReferenceCatalog catalog, DeficitObservationRepository deficits) {
		this.catalog = catalog;
		this.deficits = deficits;
	}

	@SchemaMapping(typeName = TYPE)
	public Indicator indicator(DeficitView deficit) {
		return this.catalog.indicator(deficit.indicatorCode()).orElse(null);
	}

	@SchemaMapping(typeName = TYPE)
	public IndicatorSeries series(DeficitView deficit) {
		return this.catalog.indicator(deficit.indicatorCode())
			.flatMap((i) -> i.seriesById(deficit.series() == null ? i.ilostatId() : deficit.series()))
			.orElse(null);
	}

	@SchemaMapping(typeName = TYPE)
	public String unit(DeficitView deficit) {
		IndicatorSeries series = series(deficit);
		return series == null ? null : series.unit();
	}

	@SchemaMapping(typeName = TYPE, field = "import")
	@PreAuthorize("hasRole('SECRETARIAT')")
	public CompletableFuture<DataImportView> importOfObservation(DeficitView deficit,
			DataLoader<String, DataImportView> dataImports) {
		return load(deficit.importId(), dataImports);
	}

	@BatchMapping(typeName = TYPE)
	public Map<DeficitView, List<ObservationRevision>> history(List<DeficitView> observations) {
		Map<String, List<ObservationRevision>> byId = this.deficits
			.findHistories(observations.stream().map(DeficitView::id).distinct().toList());
		return observations.stream().distinct()
			.collect(Collectors.toMap(Function.identity(), (o) -> byId.getOrDefault(o.id(), List.of())));
	}

	@SchemaMapping(typeName = REVISION, field = "import")
	@PreAuthorize("hasRole('SECRETARIAT')")
	public CompletableFuture<DataImportView> importOfRevision(ObservationRevision revision,
			DataLoader<String, DataImportView> dataImports) {
		return load(revision.importId(), dataImports);
	}

	private static CompletableFuture<DataImportView> load(String importId, DataLoader<String, DataImportView> loader) {
		return importId == null ? CompletableFuture.completedFuture(null) : loader.load(importId);
	}

}
