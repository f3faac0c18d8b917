package org.ilo.coalition.api.taxonomy;

import java.util.List;

import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.taxonomy.Expertise;
import org.ilo.coalition.graph.taxonomy.FunctionalArea;
import org.ilo.coalition.graph.taxonomy.PriorityProgramme;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The reference taxonomies: thematic and functional areas, programmes, expertise and indicators. */
@Controller
public class TaxonomyController {

	private final ReferenceCatalog catalog;

	private final ReferenceArguments references;

	public TaxonomyController(ReferenceCatalog catalog, ReferenceArguments references) {
		this.catalog = catalog;
		this.references = references;
	}

	@QueryMapping
	public List<ThematicArea> thematicAreas() {
		return this.catalog.thematicAreas();
	}

	@QueryMapping
	public List<FunctionalArea> functionalAreas() {
		return this.catalog.functionalAreas();
	}

	@QueryMapping
	public List<PriorityProgramme> priorityProgrammes() {
		return this.catalog.priorityProgrammes();
	}

	@QueryMapping
	public List<Expertise> expertise(@Argument String thematicArea) {
		String area = this.references.thematicArea("thematicArea", thematicArea);
		return this.catalog.expertise().stream()
			.filter((e) -> area == null || e.thematicAreas().stream().anyMatch((a) -> a.code().equals(area)))
			.toList();
	}

	@QueryMapping
	public List<Indicator> indicators(@Argument String thematicArea) {
		String area = this.references.thematicArea("thematicArea", thematicArea);
		return this.catalog.indicators().stream()
			.filter((i) -> area == null || i.thematicArea().code().equals(area))
			.toList();
	}

	@SchemaMapping(typeName = "ThematicArea", field = "expertise")
	public List<Expertise> expertiseOfArea(ThematicArea area) {
		return expertise(area.code());
	}

	@SchemaMapping(typeName = "ThematicArea", field = "indicators")
	public List<Indicator> indicatorsOfArea(ThematicArea area) {
		return indicators(area.code());
	}

}
