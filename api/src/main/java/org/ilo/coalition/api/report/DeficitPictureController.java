package org.ilo.coalition.api.report;

import java.util.List;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.country.Region;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.report.DeficitPicture;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The deficit picture (issue 15), public: it aggregates the deficit figures, which are public themselves
 * (docs/reports.md, "Deficit picture").
 */
@Controller
public class DeficitPictureController {

	private static final String TYPE = "DeficitBand";

	private static final String DEFICIT = "SevereDeficit";

	private final DeficitPicture picture;

	private final ReferenceCatalog catalog;

	public DeficitPictureController(DeficitPicture picture, ReferenceCatalog catalog) {
		this.picture = picture;
		this.catalog = catalog;
	}

	@QueryMapping
	public List<DeficitPicture.Band> deficitPicture(@Argument String region, @Argument String thematicArea) {
		if (thematicArea != null && this.catalog.thematicArea(thematicArea).isEmpty()) {
			throw new BadRequestException("thematicArea", "is not the code of a thematic area: '" + thematicArea + "'");
		}
		return this.picture.bands(region, thematicArea);
	}

	@QueryMapping
	public List<DeficitPicture.Deficit> mostSevereDeficits(@Argument String region, @Argument String thematicArea,
			@Argument Integer first) {
		if (thematicArea != null && this.catalog.thematicArea(thematicArea).isEmpty()) {
			throw new BadRequestException("thematicArea", "is not the code of a thematic area: '" + thematicArea + "'");
		}
		int size = first == null ? 20 : first;
		if (size < 1 || size > DeficitReportDefinitions.MAX_DEFICITS) {
			throw new BadRequestException("first", "must be from 1 to " + DeficitReportDefinitions.MAX_DEFICITS + ", was " + size);
		}
		return this.picture.mostSevere(region, thematicArea, size);
	}

	@SchemaMapping(typeName = DEFICIT)
	public Country country(DeficitPicture.Deficit deficit) {
		return this.catalog.country(deficit.country()).orElse(null);
	}

	@SchemaMapping(typeName = DEFICIT)
	public Region region(DeficitPicture.Deficit deficit) {
		return this.catalog.region(deficit.region()).orElse(null);
	}

	@SchemaMapping(typeName = DEFICIT)
	public Indicator indicator(DeficitPicture.Deficit deficit) {
		return this.catalog.indicator(deficit.indicator()).orElse(null);
	}

	@SchemaMapping(typeName = TYPE)
	public Region region(DeficitPicture.Band band) {
		return this.catalog.region(band.region()).orElse(null);
	}

	@SchemaMapping(typeName = TYPE)
	public ThematicArea thematicArea(DeficitPicture.Band band) {
		return this.catalog.thematicArea(band.thematicArea()).orElse(null);
	}

	@SchemaMapping(typeName = TYPE)
	public Integer severity(DeficitPicture.Band band) {
		return band.band() == 0 ? null : band.band();
	}

}
