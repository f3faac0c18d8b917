package org.ilo.coalition.api.workstream;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.api.partner.WorkStreamParticipation;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.command.IdempotencyKey;
import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.taxonomy.PriorityProgramme;
import org.ilo.coalition.graph.workstream.WorkStreamRepository;
import org.ilo.coalition.graph.workstream.WorkStreamService;
import org.ilo.coalition.graph.workstream.WorkStreamView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Work streams: {@code Query.workStreams} and the fields of {@code WorkStream}. */
@Controller
public class WorkStreamController {

	static final String TYPE = "WorkStream";

	private final WorkStreamRepository workStreams;

	private final PartnerRepository partners;

	private final ReferenceCatalog catalog;

	private final ReferenceArguments references;

	private static final String PARTNER = "Partner";

	// Joining and leaving: partner users, for their own partner (the one they act for when none is named).
	private static final String ACTS_FOR_OWN_PARTNER = "hasRole('PARTNER') and "
			+ "(#partnerId == null or @callers.isPartner(authentication, #partnerId, 'partnerId'))";

	private final WorkStreamService service;

	public WorkStreamController(WorkStreamRepository workStreams, PartnerRepository partners, ReferenceCatalog catalog,
			ReferenceArguments references, WorkStreamService service) {
		this.service = service;
		this.workStreams = workStreams;
		this.partners = partners;
		this.catalog = catalog;
		this.references = references;
	}

	@QueryMapping
	public List<WorkStreamView> workStreams(@Argument String programme) {
		return this.workStreams.findViews(this.references.programme("programme", programme));
	}

	@MutationMapping
	@PreAuthorize("@callers.isPartner(authentication, #input.partnerId(), 'input.partnerId')")
	public WorkStreamView createWorkStream(@Argument WorkStreamInput input, @Nullable Principal principal) {
		String partnerId = GlobalId.keyOf("input.partnerId", PARTNER, input.partnerId());
		Caller caller = Callers.of(principal);
		IdempotencyKey key = caller.idempotencyKey(Inputs.idempotencyKey("input.idempotencyKey", input.idempotencyKey()));
		String name = Inputs.required("input.name", input.name(), Inputs.SHORT_TEXT);
		String description = Inputs.optional("input.description", input.description(), Inputs.LONG_TEXT);
		String programme = this.references.programme("input.programme", input.programme());
		String id = (key == null) ? this.service.create(caller.actor(), partnerId, name, description, programme)
				: this.service.create(caller.actor(), partnerId, name, description, programme, key);
		return load(id);
	}

	@MutationMapping
	@PreAuthorize(ACTS_FOR_OWN_PARTNER)
	public WorkStreamView joinWorkStream(@Argument String workStreamId, @Argument WorkStreamParticipation.Role role,
			@Argument String partnerId, @Nullable Principal principal) {
		String key = GlobalId.keyOf("workStreamId", TYPE, workStreamId);
		Caller caller = Callers.of(principal);
		String partner = actingPartner(caller, partnerId);
		this.service.join(caller.actor(), key, partner, role == WorkStreamParticipation.Role.LEAD);
		return load(key);
	}

	@MutationMapping
	@PreAuthorize(ACTS_FOR_OWN_PARTNER)
	public WorkStreamView leaveWorkStream(@Argument String workStreamId, @Argument String partnerId,
			@Nullable Principal principal) {
		String key = GlobalId.keyOf("workStreamId", TYPE, workStreamId);
		Caller caller = Callers.of(principal);
		this.service.leave(caller.actor(), key, actingPartner(caller, partnerId));
		return load(key);
	}

	// Partner users act for their own partner, named or not (ACTS_FOR_OWN_PARTNER refused naming another one).
	private static String actingPartner(Caller caller, String partnerId) {
		return partnerId == null ? caller.partnerId() : GlobalId.keyOf("partnerId", PARTNER, partnerId);
	}

	private WorkStreamView load(String id) {
		return this.workStreams.findViewsByIds(List.of(id)).get(0);
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
