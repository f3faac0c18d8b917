package org.ilo.coalition.api.matching;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.api.security.Role;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.delivery.DeliveryStore;
import org.ilo.coalition.graph.delivery.DeliveryView;
import org.ilo.coalition.graph.delivery.MatchDelivery;
import org.ilo.coalition.graph.matching.MatchSuggestionStore;
import org.ilo.coalition.graph.matching.MatchSuggestionView;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Delivery of a confirmed match: the partner's deliveries, the member State's receipts, closing a match early, and the
 * delivery fields of {@code MatchSuggestion} (docs/matching.md, "After the review").
 */
@Controller
public class DeliveryController {

	static final String TYPE = "Delivery";

	private static final String MATCH = MatchSuggestionController.TYPE;

	private final MatchDelivery delivery;

	private final DeliveryStore deliveries;

	private final MatchSuggestionStore suggestions;

	private final Clock clock;

	public DeliveryController(MatchDelivery delivery, DeliveryStore deliveries, MatchSuggestionStore suggestions,
			Clock clock, BatchLoaderRegistry loaders) {
		this.delivery = delivery;
		this.deliveries = deliveries;
		this.suggestions = suggestions;
		this.clock = clock;
		// One loader behind the deliveries and both sums, so that a page asking for all three reads deliveries once.
		loaders.<String, List<DeliveryView>>forName("matchDeliveries")
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> deliveries.findByMatches(ids)));
	}

	@MutationMapping
	@PreAuthorize("hasRole('PARTNER')")
	public MatchSuggestionView recordDelivery(@Argument RecordDeliveryInput input, @Nullable Principal principal) {
		String key = GlobalId.keyOf("input.matchId", MATCH, input.matchId());
		Caller caller = Callers.of(principal);
		MatchSuggestionView match = find(key, "input.matchId");
		// Whose offer it is, is in the graph: checked after the existence check.
		caller.check(caller.isPartner(match.partnerId()), "record deliveries for this match");
		return this.delivery.record(caller.actor(), key, input.version(), input.validate(LocalDate.now(this.clock)));
	}

	@MutationMapping
	@PreAuthorize("hasRole('MEMBER_STATE')")
	public MatchSuggestionView confirmReceipt(@Argument String deliveryId, @Argument int version,
			@Nullable Principal principal) {
		String key = GlobalId.keyOf("deliveryId", TYPE, deliveryId);
		Caller caller = Callers.of(principal);
		DeliveryView delivered = this.deliveries.findById(key)
			.orElseThrow(() -> new NotFoundException("deliveryId", "delivery", key));
		caller.check(caller.isMemberState(find(delivered.matchId(), "deliveryId").countryIso3()),
				"confirm receipt of this delivery");
		return this.delivery.confirmReceipt(caller.actor(), key, version);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PARTNER', 'MEMBER_STATE', 'COORDINATION_GROUP')")
	public MatchSuggestionView closeMatch(@Argument String id, @Argument int version, @Argument String reason,
			@Nullable Principal principal) {
		String key = GlobalId.keyOf("id", MATCH, id);
		Caller caller = Callers.of(principal);
		MatchSuggestionView match = find(key, "id");
		// Its two parties and the coordination group; whose match it is, is in the graph.
		caller.check(caller.role() == Role.COORDINATION_GROUP || caller.isPartner(match.partnerId())
				|| caller.isMemberState(match.countryIso3()), "close this match");
		return this.delivery.close(caller.actor(), key, version, Inputs.required("reason", reason, Inputs.LONG_TEXT));
	}

	@SchemaMapping(typeName = MATCH)
	public CompletableFuture<List<DeliveryView>> deliveries(MatchSuggestionView match,
			DataLoader<String, List<DeliveryView>> matchDeliveries) {
		return matchDeliveries.load(match.id());
	}

	@SchemaMapping(typeName = MATCH)
	public CompletableFuture<Double> deliveredAmount(MatchSuggestionView match,
			DataLoader<String, List<DeliveryView>> matchDeliveries) {
		return matchDeliveries.load(match.id())
			.thenApply((list) -> list.stream().mapToDouble(DeliveryView::amount).sum());
	}

	@SchemaMapping(typeName = MATCH)
	public CompletableFuture<Double> receivedAmount(MatchSuggestionView match,
			DataLoader<String, List<DeliveryView>> matchDeliveries) {
		return matchDeliveries.load(match.id())
			.thenApply((list) -> list.stream().filter(DeliveryView::received).mapToDouble(DeliveryView::amount).sum());
	}

	@SchemaMapping(typeName = TYPE)
	public String id(DeliveryView delivery) {
		return GlobalId.of(TYPE, delivery.id());
	}

	private MatchSuggestionView find(String key, String field) {
		List<MatchSuggestionView> found = this.suggestions.findByIds(List.of(key));
		if (found.isEmpty()) {
			throw new NotFoundException(field, "match", key);
		}
		return found.get(0);
	}

}
