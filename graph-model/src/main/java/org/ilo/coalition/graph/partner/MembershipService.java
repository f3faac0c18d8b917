package org.ilo.coalition.graph.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.command.InvalidInputException;
import org.ilo.coalition.graph.command.NodeLocks;
import org.ilo.coalition.graph.command.RetryOnTransientError;
import org.ilo.coalition.graph.command.NodeLocks.Lockable;
import org.ilo.coalition.graph.command.NodeLocks.Locked;
import org.springframework.dao.DataIntegrityViolationException;
import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.notification.NotificationDraft;
import org.ilo.coalition.graph.notification.NotificationType;
import org.ilo.coalition.graph.notification.Notifications;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membership and profile changes (paper §25): applications, the coordination group's decisions, the secretariat's
 * confirmation of constituents, profiles and declared expertise. Each method is one transaction with its audit event.
 */
@Service
public class MembershipService {

	private static final String TYPE = "Partner";

	private final Neo4jClient client;

	private final NodeLocks locks;

	private final AuditLog audit;

	private final Notifications notifications;

	public MembershipService(Neo4jClient client, NodeLocks locks, AuditLog audit, Notifications notifications) {
		this.client = client;
		this.locks = locks;
		this.audit = audit;
		this.notifications = notifications;
	}

	/**
	 * Records an application: constituents are admitted at once (unverified until the secretariat confirms), every
	 * other kind waits for the coordination group. Returns the new partner's id.
	 * @throws ConflictException when the same organization (normalized name and country) already applied
	 */
	@Transactional
	@RetryOnTransientError
	public String apply(Actor actor, MembershipApplication application) {
		MembershipStatus status = application.kind().isConstituent() ? MembershipStatus.ADMITTED : MembershipStatus.PENDING;
		String id = UUID.randomUUID().toString();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("name", application.name());
		parameters.put("normalized", PartnerNames.normalize(application.name()));
		parameters.put("dedupKey", PartnerNames.dedupKey(application.name(), application.countryIso3()));
		parameters.put("kind", application.kind().name());
		parameters.put("constituent", application.kind().isConstituent());
		parameters.put("status", status.name());
		parameters.put("languages", application.languages());
		parameters.put("description", application.description());
		parameters.put("website", application.website());
		parameters.put("contactEmail", application.contactEmail());
		parameters.put("iso3", application.countryIso3());
		try {
			boolean created = this.client.query("""
					MATCH (c:Country {iso3: $iso3})
					CREATE (p:Partner {id: $id, version: 0, name: $name, normalizedName: $normalized, dedupKey: $dedupKey,
					                   kind: $kind, constituent: $constituent, membershipStatus: $status, verified: false,
					                   languages: $languages, description: $description, website: $website,
					                   contactEmail: $contactEmail, demo: false, createdAt: datetime()})
					CREATE (p)-[:BASED_IN]->(c)
					RETURN p.id AS id
					""").bindAll(parameters).fetch().one().isPresent();
			if (!created) {
				throw new InvalidInputException("input.country", "is not a known country: '" + application.countryIso3() + "'");
			}
		}
		catch (DataIntegrityViolationException ex) {
			throw duplicate(application.name(), application.countryIso3());
		}
		this.audit.record(actor, AuditAction.MEMBERSHIP_APPLIED, TYPE, id, null, status.name(),
				application.kind() + " '" + application.name() + "' of " + application.countryIso3() + " applied");
		return id;
	}

	static ConflictException duplicate(String name, String iso3) {
		return new ConflictException("input.name",
				"An organization named '" + name + "' in " + iso3 + " is already a partner or has applied");
	}

	/**
	 * The coordination group's decision on a pending application.
	 * @throws ConflictException when the application is not pending any more
	 */
	@Transactional
	@RetryOnTransientError
	public void decide(Actor actor, String partnerId, MembershipDecision decision, String reason) {
		Locked partner = this.locks.lockExisting(Lockable.PARTNER, partnerId, "partnerId", "partner");
		String before = (String) partner.status();
		if (!MembershipStatus.PENDING.name().equals(before)) {
			throw new ConflictException("partnerId",
					"Partner '" + partnerId + "' is " + before + ", not PENDING: only pending applications are decided");
		}
		String after = decision == MembershipDecision.ADMIT ? MembershipStatus.ADMITTED.name() : MembershipStatus.REJECTED.name();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", partnerId);
		parameters.put("status", after);
		parameters.put("reason", reason);
		parameters.put("by", actor.username());
		this.client.query("""
				MATCH (p:Partner {id: $id})
				SET p.membershipStatus = $status, p.decisionReason = $reason, p.decidedBy = $by, p.decidedAt = datetime(),
				    p.version = coalesce(p.version, 0) + 1
				""").bindAll(parameters).run();
		this.audit.record(actor, AuditAction.MEMBERSHIP_DECIDED, TYPE, partnerId, before, after,
				decision + (reason == null ? "" : ": " + reason));
		String name = this.client.query("MATCH (p:Partner {id: $id}) RETURN p.name").bind(partnerId).to("id")
			.fetchAs(String.class).one().orElse(partnerId);
		this.notifications.publish(new NotificationDraft(NotificationType.MEMBERSHIP_DECIDED, TYPE, partnerId,
				"The coordination group " + (decision == MembershipDecision.ADMIT ? "admitted " + name + " to the coalition"
						: "did not admit " + name) + (reason == null ? "." : ": " + reason),
				null, partnerId, null, List.of(Audience.partner(partnerId), Audience.SECRETARIAT)));
	}

	/**
	 * The secretariat confirms that an admitted constituent is what it claims to be.
	 * @throws ConflictException when the partner is not an admitted, unverified constituent
	 */
	@Transactional
	@RetryOnTransientError
	public void confirmConstituent(Actor actor, String partnerId) {
		Locked partner = this.locks.lockExisting(Lockable.PARTNER, partnerId, "partnerId", "partner");
		Map<String, Object> flags = this.client.query("MATCH (p:Partner {id: $id}) RETURN p.constituent AS constituent, p.verified AS verified")
			.bind(partnerId).to("id").fetch().one().orElseThrow();
		if (!Boolean.TRUE.equals(flags.get("constituent")) || !MembershipStatus.ADMITTED.name().equals(partner.status())) {
			throw new ConflictException("partnerId", "Partner '" + partnerId + "' is not an admitted constituent");
		}
		if (Boolean.TRUE.equals(flags.get("verified"))) {
			throw new ConflictException("partnerId", "Partner '" + partnerId + "' is already confirmed");
		}
		this.client.query("""
				MATCH (p:Partner {id: $id})
				SET p.verified = true, p.verifiedAt = datetime(), p.version = coalesce(p.version, 0) + 1
				""").bind(partnerId).to("id").run();
		this.audit.record(actor, AuditAction.CONSTITUENT_CONFIRMED, TYPE, partnerId, "UNVERIFIED", "VERIFIED",
				"constituent confirmed");
	}

	/**
	 * Changes a partner's profile if nobody changed it since {@code expectedVersion}.
	 * @throws ConflictException on a stale version or when the new name duplicates another partner's
	 */
	@Transactional
	@RetryOnTransientError
	public void updateProfile(Actor actor, String partnerId, long expectedVersion, ProfileChanges changes) {
		Locked partner = this.locks.lockVersion(Lockable.PARTNER, partnerId, expectedVersion,
				"input.partnerId", "partner");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", partnerId);
		parameters.put("name", changes.name());
		parameters.put("normalized", changes.name() == null ? null : PartnerNames.normalize(changes.name()));
		parameters.put("description", changes.description());
		parameters.put("website", changes.website());
		parameters.put("languages", changes.languages());
		parameters.put("contactEmail", changes.contactEmail());
		parameters.put("cleared", List.copyOf(changes.cleared()));
		try {
			this.client.query("""
					MATCH (p:Partner {id: $id})-[:BASED_IN]->(c:Country)
					SET p.name = coalesce($name, p.name),
					    p.normalizedName = coalesce($normalized, p.normalizedName),
					    p.dedupKey = coalesce($normalized, p.normalizedName) + '|' + c.iso3,
					    p.description = CASE WHEN 'description' IN $cleared THEN null
					                    ELSE coalesce($description, p.description) END,
					    p.website = CASE WHEN 'website' IN $cleared THEN null ELSE coalesce($website, p.website) END,
					    p.languages = coalesce($languages, p.languages),
					    p.contactEmail = coalesce($contactEmail, p.contactEmail),
					    p.version = coalesce(p.version, 0) + 1
					""").bindAll(parameters).run();
		}
		catch (DataIntegrityViolationException ex) {
			throw duplicate(changes.name(), "its country");
		}
		this.audit.record(actor, AuditAction.PROFILE_UPDATED, TYPE, partnerId, (String) partner.status(),
				(String) partner.status(), "profile updated");
	}

	/**
	 * Replaces the partner's declared expertise (and, when given, its functional areas).
	 * @throws ConflictException on a stale version
	 */
	@Transactional
	@RetryOnTransientError
	public void declareExpertise(Actor actor, String partnerId, long expectedVersion, Map<String, ExpertiseLevel> expertise,
			List<String> functionalAreas) {
		Locked partner = this.locks.lockVersion(Lockable.PARTNER, partnerId, expectedVersion,
				"input.partnerId", "partner");
		List<Map<String, String>> claims = expertise.entrySet().stream()
			.map((e) -> Map.of("code", e.getKey(), "level", e.getValue().name())).toList();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", partnerId);
		parameters.put("claims", claims);
		parameters.put("functionalAreas", functionalAreas);
		this.client.query("""
				MATCH (p:Partner {id: $id})
				CALL (p) { MATCH (p)-[d:HAS_EXPERTISE]->() DELETE d }
				CALL (p) {
				  UNWIND $claims AS claim
				  MATCH (e:Expertise {code: claim.code})
				  CREATE (p)-[:HAS_EXPERTISE {level: claim.level}]->(e)
				}
				CALL (p) {
				  WITH p WHERE $functionalAreas IS NOT NULL
				  CALL (p) { MATCH (p)-[c:CONTRIBUTES_TO]->() DELETE c }
				  UNWIND $functionalAreas AS code
				  MATCH (f:FunctionalArea {code: code})
				  CREATE (p)-[:CONTRIBUTES_TO]->(f)
				}
				SET p.version = coalesce(p.version, 0) + 1
				""").bindAll(parameters).run();
		this.audit.record(actor, AuditAction.EXPERTISE_DECLARED, TYPE, partnerId, (String) partner.status(),
				(String) partner.status(), claims.size() + " expertise entries declared");
	}

}
