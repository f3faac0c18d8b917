package org.ilo.coalition.api.workstream;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.taxonomy.PriorityProgramme;
import org.ilo.coalition.graph.workstream.WorkStreamRepository;
import org.ilo.coalition.graph.workstream.WorkStreamView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Work streams: {@code Query.workStreams} and the fields of {@code WorkStream}. */
@Controller
public class WorkStreamController {

	static final String TYPE = "WorkStream";

	private final WorkStreamRepository workStreams;

	private final PartnerRepository partners;

	private final ReferenceCatalog catalog;

	private final ReferenceArguments references;

	public WorkStreamController(WorkStreamRepository workStreams, PartnerRepository partners, ReferenceCatalog catalog,
			ReferenceArguments references) {
		this.workStreams = workStreams;
		this.partners = partners;
		this.catalog = catalog;
		this.references = references;
	}

	@QueryMapping
	public List<WorkStreamView> workStreams(@Argument String programme) {
		return this.workStreams.findViews(this.references.programme("programme", programme));
	}

	@SchemaMapping(typeName = TYPE)
	public String id(WorkStreamView workStream) {
		return GlobalId.of(TYPE, workStream.id());
	}

	@SchemaMapping(typeName = TYPE)
	public PriorityProgramme programme(WorkStreamView workStream) {
		return workStream.programmeCode() == null ? null
				: this.catalog.priorityProgramme(workStream.programmeCode()).orElse(null);
	}

	@BatchMapping(typeName = TYPE)
	public Map<WorkStreamView, PartnerView> lead(List<WorkStreamView> views) {
		Map<String, PartnerView> byId = partnersOf(views.stream().map(WorkStreamView::leadId));
		return views.stream().distinct().filter((w) -> w.leadId() != null && byId.containsKey(w.leadId()))
			.collect(Collectors.toMap(Function.identity(), (w) -> byId.get(w.leadId())));
	}

	@BatchMapping(typeName = TYPE)
	public Map<WorkStreamView, List<PartnerView>> supporters(List<WorkStreamView> views) {
		Map<String, PartnerView> byId = partnersOf(views.stream().flatMap((w) -> w.supporterIds().stream()));
		return views.stream().distinct().collect(Collectors.toMap(Function.identity(),
				(w) -> w.supporterIds().stream().map(byId::get).filter(Objects::nonNull).toList()));
	}

	private Map<String, PartnerView> partnersOf(Stream<String> ids) {
		List<String> distinct = ids.filter(Objects::nonNull).distinct().toList();
		Map<String, PartnerView> byId = new HashMap<>();
		if (!distinct.isEmpty()) {
			this.partners.findViewsByIds(distinct).forEach((p) -> byId.put(p.id(), p));
		}
		return byId;
	}

}
