package org.ilo.coalition.graph.offer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.command.IdempotencyKey;
import org.ilo.coalition.graph.command.IdempotencyKeys;
import org.ilo.coalition.graph.command.NodeLocks;
import org.ilo.coalition.graph.command.RetryOnTransientError;
import org.ilo.coalition.graph.command.NodeLocks.Lockable;
import org.ilo.coalition.graph.command.NodeLocks.Locked;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offers of resources by admitted partners: creation, changes under optimistic locking, withdrawal. */
@Service
public class OfferService {

	private static final String TYPE = "Offer";

	// Replaces what an offer serves; used on creation and on changes that name new areas or places.
	private static final String LINKS = """
			CALL (o) {
			  WITH o WHERE $areas IS NOT NULL
			  CALL (o) { MATCH (o)-[r:IN_AREA]->() DELETE r }
			  UNWIND $areas AS code MATCH (a:ThematicArea {code: code}) CREATE (o)-[:IN_AREA]->(a)
			}
			CALL (o) {
			  WITH o WHERE $countries IS NOT NULL
			  CALL (o) { MATCH (o)-[r:SERVES_COUNTRY]->() DELETE r }
			  UNWIND $countries AS iso3 MATCH (c:Country {iso3: iso3}) CREATE (o)-[:SERVES_COUNTRY]->(c)
			}
			CALL (o) {
			  WITH o WHERE $regions IS NOT NULL
			  CALL (o) { MATCH (o)-[r:SERVES_REGION]->() DELETE r }
			  UNWIND $regions AS code MATCH (g:Region {code: code}) CREATE (o)-[:SERVES_REGION]->(g)
			}
			""";

	// The partner package depends on this one (a partner owns its offers and work streams), so the status is named here.
	private static final String ADMITTED = "ADMITTED";

	private final Neo4jClient client;

	private final NodeLocks locks;

	private final AuditLog audit;

	private final IdempotencyKeys keys;

	public OfferService(Neo4jClient client, NodeLocks locks, AuditLog audit, IdempotencyKeys keys) {
		this.client = client;
		this.locks = locks;
		this.audit = audit;
		this.keys = keys;
	}

	/**
	 * Creates an active offer of {@code partnerId}; returns its id.
	 * @throws ConflictException when the partner is not admitted
	 */
	@Transactional
	public String offer(Actor actor, String partnerId, OfferDraft draft) {
		return create(actor, partnerId, draft, UUID.randomUUID().toString());
	}

	/**
	 * {@link #offer(Actor, String, OfferDraft)} under the caller's idempotency key: a repetition within the window
	 * returns the first offer's id and writes nothing, which also makes it safe to retry.
	 * @throws ConflictException when the key was used for a different offer, or the partner is not admitted
	 */
	@Transactional
	@RetryOnTransientError
	public String offer(Actor actor, String partnerId, OfferDraft draft, IdempotencyKey key) {
		String id = UUID.randomUUID().toString();
		return this.keys.claim(key, "offerResource", new KeyedInput(partnerId, draft), id)
			.orElseGet(() -> create(actor, partnerId, draft, id));
	}

	// What an offer's idempotency key compares: the partner is part of the input.
	private record KeyedInput(String partnerId, OfferDraft draft) {
	}

	private String create(Actor actor, String partnerId, OfferDraft draft, String id) {
		Locked partner = this.locks.lockExisting(Lockable.PARTNER, partnerId, "input.partnerId", "partner");
		if (!ADMITTED.equals(partner.status())) {
			throw new ConflictException("input.partnerId", "Partner '" + partnerId + "' is "
					+ partner.status() + ": only admitted partners may offer resources");
		}
		Map<String, Object> parameters = parameters(draft);
		parameters.put("partner", partnerId);
		parameters.put("id", id);
		this.client.query("""
				MATCH (p:Partner {id: $partner})
				CREATE (p)-[:OFFERS]->(o:Offer {id: $id, version: 0, title: $title, description: $description,
				        kind: $kind, amount: $amount, unit: $unit, capacity: $capacity, availableFrom: $from,
				        availableUntil: $until, languages: $languages, status: 'ACTIVE', createdAt: datetime()})
				WITH o
				""" + LINKS).bindAll(parameters).run();
		this.audit.record(actor, AuditAction.OFFER_CREATED, TYPE, id, null, OfferStatus.ACTIVE.name(),
				draft.kind() + " offer '" + draft.title() + "' of partner " + partnerId);
		return id;
	}

	/**
	 * Changes an active offer if nobody changed it since {@code expectedVersion}.
	 * @throws ConflictException on a stale version or a withdrawn offer
	 */
	@Transactional
	@RetryOnTransientError
	public void update(Actor actor, String offerId, long expectedVersion, OfferDraft changes) {
		Locked offer = this.locks.lockVersion(Lockable.OFFER, offerId, expectedVersion, "input.id", "offer");
		requireActive(offerId, offer);
		Map<String, Object> parameters = parameters(changes);
		parameters.put("id", offerId);
		this.client.query("""
				MATCH (o:Offer {id: $id})
				SET o.title = coalesce($title, o.title),
				    o.description = CASE WHEN 'description' IN $cleared THEN null
				                    ELSE coalesce($description, o.description) END,
				    o.amount = coalesce($amount, o.amount), o.unit = coalesce($unit, o.unit),
				    o.capacity = coalesce($capacity, o.capacity), o.availableFrom = coalesce($from, o.availableFrom),
				    o.availableUntil = coalesce($until, o.availableUntil), o.languages = coalesce($languages, o.languages),
				    o.version = o.version + 1
				WITH o
				""" + LINKS).bindAll(parameters).run();
		this.audit.record(actor, AuditAction.OFFER_UPDATED, TYPE, offerId, OfferStatus.ACTIVE.name(),
				OfferStatus.ACTIVE.name(), "offer changed");
	}

	/**
	 * Withdraws an active offer.
	 * @throws ConflictException on a stale version or an offer already withdrawn
	 */
	@Transactional
	@RetryOnTransientError
	public void withdraw(Actor actor, String offerId, long expectedVersion) {
		Locked offer = this.locks.lockVersion(Lockable.OFFER, offerId, expectedVersion, "id", "offer");
		requireActive(offerId, offer);
		this.client.query("""
				MATCH (o:Offer {id: $id})
				SET o.status = 'WITHDRAWN', o.withdrawnAt = datetime(), o.version = o.version + 1
				""").bind(offerId).to("id").run();
		this.audit.record(actor, AuditAction.OFFER_WITHDRAWN, TYPE, offerId, OfferStatus.ACTIVE.name(),
				OfferStatus.WITHDRAWN.name(), "offer withdrawn");
	}

	private static void requireActive(String offerId, Locked offer) {
		if (!OfferStatus.ACTIVE.name().equals(offer.status())) {
			throw new ConflictException("id", "Offer '" + offerId + "' is " + offer.status() + " and cannot change");
		}
	}

	private static Map<String, Object> parameters(OfferDraft draft) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("title", draft.title());
		parameters.put("description", draft.description());
		parameters.put("kind", draft.kind() == null ? null : draft.kind().name());
		parameters.put("amount", draft.amount());
		parameters.put("unit", draft.unit());
		parameters.put("capacity", draft.capacity());
		parameters.put("from", draft.availableFrom());
		parameters.put("until", draft.availableUntil());
		parameters.put("languages", draft.languages());
		parameters.put("areas", draft.thematicAreaCodes());
		parameters.put("countries", draft.countryIso3s());
		parameters.put("regions", draft.regionCodes());
		parameters.put("cleared", List.copyOf(draft.cleared()));
		return parameters;
	}

}
