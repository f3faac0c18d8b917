package org.ilo.coalition.graph.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.command.NodeLocks;
import org.ilo.coalition.graph.command.NodeLocks.Lockable;
import org.ilo.coalition.graph.experiment.ExperimentEntities.OfferNode;
import org.ilo.coalition.graph.experiment.ExperimentEntities.OfferNodes;
import org.ilo.coalition.graph.experiment.ExperimentEntities.OfferStatusChange;
import org.ilo.coalition.graph.experiment.ExperimentEntities.OfferTitleAmount;
import org.ilo.coalition.graph.experiment.ExperimentEntities.PartnerDescription;
import org.ilo.coalition.graph.experiment.ExperimentEntities.PartnerNode;
import org.ilo.coalition.graph.experiment.ExperimentEntities.PartnerNodes;
import org.ilo.coalition.graph.test.GraphIntegrationTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.summary.SummaryCounters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.neo4j.core.Neo4jTemplate;
import org.springframework.data.neo4j.repository.config.EnableNeo4jRepositories;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bench for the write-path decision: Spring Data Neo4j entities with {@code @Version} (path A) against Cypher over
 * {@code Neo4jClient} with {@link NodeLocks} lock-then-check (path B), on an offer's title and amount, an offer's
 * withdrawal and a partner's description. It measures the statements each path sends with their update counters,
 * what happens when 50 threads update one version at once, and the time per mutation. Opt-in, it appends its report
 * to {@code graph-model/target/sdn-experiment-report.md} (about 4 minutes with {@link SdnAggregateBoundaryExperimentIT}):
 * {@code mvn -o -pl graph-model verify -Dcoalition.experiment.sdn=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test='Sdn*ExperimentIT' -Dfailsafe.failIfNoSpecifiedTests=false}. {@code -Dcoalition.experiment.threads},
 * {@code .rounds} and {@code .operations} shrink it.
 *
 * <p>It runs in its own Spring context (not graph-model's test application), because the module's own {@code @Node}
 * records use the same primary labels.
 */
@EnabledIfSystemProperty(named = ExperimentEntities.ENABLED, matches = "true")
@SpringBootTest(classes = SdnWritePathExperimentIT.ExperimentConfiguration.class,
		properties = ExperimentEntities.ENABLED + "=true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SdnWritePathExperimentIT extends GraphIntegrationTest {

	private static final Path REPORT = Path.of("target", "sdn-experiment-report.md");

	private static final int PARTNERS = 400;

	private static final int OFFERS_PER_PARTNER = 5;

	static final int THREADS = Integer.getInteger("coalition.experiment.threads", 50);

	static final int ROUNDS = Integer.getInteger("coalition.experiment.rounds", 10);

	static final int OPERATIONS = Integer.getInteger("coalition.experiment.operations", 500);

	private static final int BLOCK = 50;

	private static final int WARM_UP = 50;

	// OfferService.update's statement, LINKS included (with no new areas, countries or regions it changes no links).
	static final String OFFER_UPDATE = """
			MATCH (o:Offer {id: $id})
			SET o.title = coalesce($title, o.title), o.description = coalesce($description, o.description),
			    o.amount = coalesce($amount, o.amount), o.unit = coalesce($unit, o.unit),
			    o.capacity = coalesce($capacity, o.capacity), o.availableFrom = coalesce($from, o.availableFrom),
			    o.availableUntil = coalesce($until, o.availableUntil), o.languages = coalesce($languages, o.languages),
			    o.version = o.version + 1
			WITH o
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

	// OfferService.withdraw's statement.
	static final String OFFER_WITHDRAW = """
			MATCH (o:Offer {id: $id})
			SET o.status = 'WITHDRAWN', o.withdrawnAt = datetime(), o.version = o.version + 1
			""";

	// MembershipService.update's statement, reduced to the description.
	private static final String PARTNER_UPDATE = """
			MATCH (p:Partner {id: $id})
			SET p.description = coalesce($description, p.description), p.version = p.version + 1
			""";

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EnableNeo4jRepositories(basePackageClasses = ExperimentEntities.class, considerNestedRepositories = true,
			includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
					classes = { OfferNodes.class, PartnerNodes.class }))
	static class ExperimentConfiguration {

		@Bean
		static StatementRecorder statementRecorder() {
			return new StatementRecorder();
		}

	}

	@Autowired
	StatementRecorder recorder;

	@Autowired
	OfferNodes offers;

	@Autowired
	PartnerNodes partners;

	@Autowired
	Neo4jTemplate template;

	@Autowired
	PlatformTransactionManager transactionManager;

	private TransactionTemplate tx() {
		return new TransactionTemplate(this.transactionManager);
	}

	// ---------------------------------------------------------------------------------------------------- fixture

	static void fixture(org.springframework.data.neo4j.core.Neo4jClient client) {
		for (String constraint : List.of(
				"CREATE CONSTRAINT country_iso3 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso3 IS UNIQUE",
				"CREATE CONSTRAINT thematic_area_code IF NOT EXISTS FOR (n:ThematicArea) REQUIRE n.code IS UNIQUE",
				"CREATE CONSTRAINT partner_id IF NOT EXISTS FOR (n:Partner) REQUIRE n.id IS UNIQUE",
				"CREATE CONSTRAINT offer_id IF NOT EXISTS FOR (n:Offer) REQUIRE n.id IS UNIQUE")) {
			client.query(constraint).run();
		}
		client.query("""
				UNWIND range(0, 9) AS i
				CREATE (:ThematicArea {code: 'TA' + i, name: 'Area ' + i, description: 'What area ' + i + ' covers',
				        paragraphs: '13-18'})
				""").run();
		client.query("""
				CREATE (r:Region {code: 'AFRICA', name: 'Africa'})
				WITH r UNWIND range(10, 29) AS i
				CREATE (:Country {iso3: 'X' + i, iso2: 'Y' + i, name: 'Country ' + i, memberState: true})-[:IN_REGION]->(r)
				""").run();
		client.query("""
				UNWIND range(0, $partners - 1) AS p
				MATCH (c:Country {iso3: 'X' + (10 + p % 20)})
				CREATE (:Partner {id: 'partner-' + p, version: 0, name: 'Partner ' + p, normalizedName: 'partner ' + p,
				        dedupKey: 'partner ' + p + '|X', description: 'Partner ' + p + ' does things',
				        membershipStatus: 'ADMITTED', kind: 'NGO', languages: ['en'], createdAt: datetime()})-[:BASED_IN]->(c)
				""").bind(PARTNERS).to("partners").run();
		client.query("""
				UNWIND range(0, $offers - 1) AS i
				MATCH (p:Partner {id: 'partner-' + (i / $perPartner)})
				CREATE (p)-[:OFFERS]->(o:Offer {id: 'offer-' + i, version: 0, title: 'Offer ' + i,
				        description: 'What offer ' + i + ' gives', kind: 'FUNDING', amount: 1000.0, unit: 'USD',
				        capacity: 3, availableFrom: date('2026-01-01'), languages: ['en', 'fr'], status: 'ACTIVE',
				        createdAt: datetime()})
				WITH o, i
				MATCH (a:ThematicArea) WHERE a.code IN ['TA' + (i % 10), 'TA' + ((i + 1) % 10)]
				CREATE (o)-[:IN_AREA]->(a)
				WITH DISTINCT o, i
				MATCH (c:Country) WHERE c.iso3 IN ['X' + (10 + i % 20), 'X' + (10 + (i + 1) % 20), 'X' + (10 + (i + 2) % 20)]
				CREATE (o)-[:SERVES_COUNTRY]->(c)
				WITH DISTINCT o
				MATCH (r:Region {code: 'AFRICA'})
				CREATE (o)-[:SERVES_REGION]->(r)
				""").bind(PARTNERS * OFFERS_PER_PARTNER).to("offers").bind(OFFERS_PER_PARTNER).to("perPartner").run();
	}

	private long offerVersion(String id) {
		return offerVersion(this.neo4jClient, id);
	}

	static long offerVersion(org.springframework.data.neo4j.core.Neo4jClient client, String id) {
		return client.query("MATCH (o:Offer {id: $id}) RETURN o.version").bind(id).to("id")
			.fetchAs(Long.class).one().orElseThrow();
	}

	private long partnerVersion(String id) {
		return partnerVersion(this.neo4jClient, id);
	}

	static long partnerVersion(org.springframework.data.neo4j.core.Neo4jClient client, String id) {
		return client.query("MATCH (p:Partner {id: $id}) RETURN p.version").bind(id).to("id")
			.fetchAs(Long.class).one().orElseThrow();
	}

	/** The offer's and its neighbours' state that a write should leave alone. */
	static Map<String, Object> offerState(org.springframework.data.neo4j.core.Neo4jClient client, String id) {
		return client.query("""
				MATCH (o:Offer {id: $id})<-[:OFFERS]-(p:Partner)
				RETURN o {.*, createdAt: toString(o.createdAt), availableFrom: toString(o.availableFrom),
				          withdrawnAt: toString(o.withdrawnAt)} AS offer,
				       p.version AS partnerVersion, p.dedupKey AS partnerDedupKey,
				       COLLECT { MATCH (o)-[r]-() RETURN type(r) + ':' + elementId(r) ORDER BY type(r), elementId(r) } AS relationships,
				       COLLECT { MATCH (o)-[:IN_AREA]->(a) RETURN a.description } AS areaDescriptions,
				       COLLECT { MATCH (o)-[:SERVES_COUNTRY]->(c) RETURN c.iso2 } AS countryIso2s
				""").bind(id).to("id").fetch().one().orElseThrow();
	}

	// ---------------------------------------------------------------------------------------------------- the paths

	private void sdnUpdate(String id, long expected, String title, double amount) {
		tx().executeWithoutResult((status) -> {
			OfferNode offer = this.offers.findById(id).orElseThrow();
			requireVersion(offer.getVersion(), expected);
			offer.setTitle(title);
			offer.setAmount(amount);
			this.offers.save(offer);
		});
	}

	private void sdnSaveAsUpdate(String id, long expected, String title, double amount) {
		tx().executeWithoutResult((status) -> {
			OfferNode offer = this.offers.findById(id).orElseThrow();
			requireVersion(offer.getVersion(), expected);
			offer.setTitle(title);
			offer.setAmount(amount);
			this.template.saveAs(offer, OfferTitleAmount.class);
		});
	}

	private void sdnWithdraw(String id, long expected) {
		tx().executeWithoutResult((status) -> {
			OfferNode offer = this.offers.findById(id).orElseThrow();
			requireVersion(offer.getVersion(), expected);
			offer.setStatus("WITHDRAWN");
			offer.setWithdrawnAt(OffsetDateTime.now());
			this.offers.save(offer);
		});
	}

	private void sdnSaveAsWithdraw(String id, long expected) {
		tx().executeWithoutResult((status) -> {
			OfferNode offer = this.offers.findById(id).orElseThrow();
			requireVersion(offer.getVersion(), expected);
			offer.setStatus("WITHDRAWN");
			offer.setWithdrawnAt(OffsetDateTime.now());
			this.template.saveAs(offer, OfferStatusChange.class);
		});
	}

	private void sdnPartnerUpdate(String id, long expected, String description) {
		tx().executeWithoutResult((status) -> {
			PartnerNode partner = this.partners.findById(id).orElseThrow();
			requireVersion(partner.getVersion(), expected);
			partner.setDescription(description);
			this.partners.save(partner);
		});
	}

	private void sdnSaveAsPartnerUpdate(String id, long expected, String description) {
		tx().executeWithoutResult((status) -> {
			PartnerNode partner = this.partners.findById(id).orElseThrow();
			requireVersion(partner.getVersion(), expected);
			partner.setDescription(description);
			this.template.saveAs(partner, PartnerDescription.class);
		});
	}

	private void customQueryUpdate(String id, long expected, String title, double amount) {
		tx().executeWithoutResult((status) -> {
			if (this.offers.updateTitleAndAmount(id, expected, title, amount) == 0) {
				throw new OptimisticLockingFailureException("custom query matched no offer at version " + expected);
			}
		});
	}

	private void lockedUpdate(String id, long expected, String title, double amount) {
		lockedUpdate(tx(), this.neo4jClient, id, expected, title, amount);
	}

	static void lockedUpdate(TransactionTemplate tx, org.springframework.data.neo4j.core.Neo4jClient client, String id,
			long expected, String title, double amount) {
		tx.executeWithoutResult((status) -> {
			NodeLocks.Locked offer = new NodeLocks(client).lockVersion(Lockable.OFFER, id, expected, "input.id", "offer");
			requireActive(id, offer);
			Map<String, Object> parameters = new HashMap<>();
			for (String name : List.of("description", "unit", "capacity", "from", "until", "languages", "areas",
					"countries", "regions")) {
				parameters.put(name, null);
			}
			parameters.put("id", id);
			parameters.put("title", title);
			parameters.put("amount", amount);
			client.query(OFFER_UPDATE).bindAll(parameters).run();
		});
	}

	private void lockedWithdraw(String id, long expected) {
		lockedWithdraw(tx(), this.neo4jClient, id, expected);
	}

	static void lockedWithdraw(TransactionTemplate tx, org.springframework.data.neo4j.core.Neo4jClient client, String id,
			long expected) {
		tx.executeWithoutResult((status) -> {
			NodeLocks.Locked offer = new NodeLocks(client).lockVersion(Lockable.OFFER, id, expected, "id", "offer");
			requireActive(id, offer);
			client.query(OFFER_WITHDRAW).bind(id).to("id").run();
		});
	}

	private void lockedPartnerUpdate(String id, long expected, String description) {
		tx().executeWithoutResult((status) -> {
			new NodeLocks(this.neo4jClient).lockVersion(Lockable.PARTNER, id, expected, "input.partnerId", "partner");
			this.neo4jClient.query(PARTNER_UPDATE).bind(id).to("id").bind(description).to("description").run();
		});
	}

	static void requireVersion(Long current, long expected) {
		if (current == null || current != expected) {
			throw new ConflictException("version", "changed by someone else (version " + current + ", sent " + expected + ")");
		}
	}

	static void requireActive(String id, NodeLocks.Locked offer) {
		if (!"ACTIVE".equals(offer.status())) {
			throw new ConflictException("id", "Offer '" + id + "' is " + offer.status());
		}
	}

	// ---------------------------------------------------------------------------------------------------- 1. statements

	@Test
	@Order(1)
	void statementsAndWrites() {
		fixture(this.neo4jClient);
		StringBuilder out = new StringBuilder("# 1. Statements and writes\n\n");
		// Each variant runs once first on another node, so that what is recorded is the steady state.
		recordVariant(out, "A1 offer update: repository.findById + save", "offer-1", "offer-2",
				(id, v) -> sdnUpdate(id, v, "New title", 2000.0), true);
		recordVariant(out, "A2 offer update: findById + template.saveAs(offer, OfferTitleAmount.class)", "offer-3",
				"offer-4", (id, v) -> sdnSaveAsUpdate(id, v, "New title", 2000.0), true);
		recordVariant(out, "A3 offer update: custom @Query (no lock)", "offer-5", "offer-6",
				(id, v) -> customQueryUpdate(id, v, "New title", 2000.0), true);
		recordVariant(out, "B offer update: NodeLocks.lockVersion + OfferService.update Cypher", "offer-7", "offer-8",
				(id, v) -> lockedUpdate(id, v, "New title", 2000.0), true);
		recordVariant(out, "A1 offer withdraw: repository.findById + save", "offer-9", "offer-10",
				(id, v) -> sdnWithdraw(id, v), true);
		recordVariant(out, "A2 offer withdraw: findById + template.saveAs(offer, OfferStatusChange.class)", "offer-11",
				"offer-12", (id, v) -> sdnSaveAsWithdraw(id, v), true);
		recordVariant(out, "B offer withdraw: NodeLocks.lockVersion + OfferService.withdraw Cypher", "offer-13",
				"offer-14", (id, v) -> lockedWithdraw(id, v), true);
		recordVariant(out, "A1 partner description: repository.findById + save", "partner-101", "partner-102",
				(id, v) -> sdnPartnerUpdate(id, v, "New description"), false);
		recordVariant(out, "A2 partner description: findById + template.saveAs(partner, PartnerDescription.class)",
				"partner-103", "partner-104", (id, v) -> sdnSaveAsPartnerUpdate(id, v, "New description"), false);
		recordVariant(out, "B partner description: NodeLocks.lockVersion + MembershipService-like Cypher", "partner-105",
				"partner-106", (id, v) -> lockedPartnerUpdate(id, v, "New description"), false);
		report(out.toString());
	}

	// The version the client would send is read before recording: only the path's own statements are recorded.
	private void recordVariant(StringBuilder out, String name, String warmId, String id, VersionedMutation mutation,
			boolean offer) {
		recordVariant(this.recorder, this.neo4jClient, out, name, warmId, id, mutation, offer);
	}

	static void recordVariant(StatementRecorder recorder, org.springframework.data.neo4j.core.Neo4jClient client,
			StringBuilder out, String name, String warmId, String id, VersionedMutation mutation, boolean offer) {
		try {
			mutation.apply(warmId, offer ? offerVersion(client, warmId) : partnerVersion(client, warmId));
		}
		catch (RuntimeException ex) {
			// Reported below, where the same mutation fails again while being recorded.
		}
		Map<String, Object> before = offer ? offerState(client, id) : Map.of("version", partnerVersion(client, id));
		long version = offer ? offerVersion(client, id) : partnerVersion(client, id);
		recorder.start();
		String error = null;
		try {
			mutation.apply(id, version);
		}
		catch (RuntimeException ex) {
			error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		List<StatementRecorder.Sent> sent = recorder.stop();
		Map<String, Object> after = offer ? offerState(client, id) : Map.of("version", partnerVersion(client, id));
		out.append("## ").append(name).append("\n\n");
		if (error != null) {
			out.append("FAILED: ").append(error).append("\n\n");
		}
		int properties = 0;
		int created = 0;
		int deleted = 0;
		int nodes = 0;
		int statement = 0;
		for (StatementRecorder.Sent s : sent) {
			statement++;
			SummaryCounters c = s.counters;
			out.append(statement).append(". `").append(shorten(s.cypher, 700)).append("`\n   params: ")
				.append(shorten(s.parameters, 500)).append("\n   counters: ");
			if (c == null) {
				out.append("n/a (result not consumed)\n");
			}
			else {
				out.append("propertiesSet=").append(c.propertiesSet()).append(" relationshipsCreated=")
					.append(c.relationshipsCreated()).append(" relationshipsDeleted=").append(c.relationshipsDeleted())
					.append(" nodesCreated=").append(c.nodesCreated()).append('\n');
				properties += c.propertiesSet();
				created += c.relationshipsCreated();
				deleted += c.relationshipsDeleted();
				nodes += c.nodesCreated();
			}
		}
		out.append("\nTOTAL statements=").append(sent.size()).append(" propertiesSet=").append(properties)
			.append(" relationshipsCreated=").append(created).append(" relationshipsDeleted=").append(deleted)
			.append(" nodesCreated=").append(nodes).append("\n\n");
		if (offer) {
			@SuppressWarnings("unchecked")
			Map<String, Object> b = (Map<String, Object>) before.get("offer");
			@SuppressWarnings("unchecked")
			Map<String, Object> a = (Map<String, Object>) after.get("offer");
			out.append("- version ").append(b.get("version")).append(" -> ").append(a.get("version"))
				.append("; title ").append(a.get("title")).append(", amount ").append(a.get("amount"))
				.append(", status ").append(a.get("status")).append('\n');
			out.append("- relationships (type:elementId) unchanged: ")
				.append(before.get("relationships").equals(after.get("relationships"))).append(" (before ")
				.append(((List<?>) before.get("relationships")).size()).append(", after ")
				.append(((List<?>) after.get("relationships")).size()).append(")\n");
			Map<String, Object> lost = new TreeMap<>(b);
			lost.keySet().removeAll(a.keySet());
			out.append("- unmapped offer properties kept (kind, availableFrom, createdAt): ")
				.append(a.get("kind") != null && a.get("availableFrom") != null && a.get("createdAt") != null)
				.append(lost.isEmpty() ? "" : "; LOST " + lost.keySet()).append('\n');
			out.append("- partner version ").append(before.get("partnerVersion")).append(" -> ")
				.append(after.get("partnerVersion")).append("; partner dedupKey kept: ")
				.append(after.get("partnerDedupKey") != null).append("; area descriptions kept: ")
				.append(after.get("areaDescriptions")).append("; country iso2 kept: ").append(after.get("countryIso2s"))
				.append("\n\n");
		}
		else {
			out.append("- partner version ").append(before.get("version")).append(" -> ").append(after.get("version"))
				.append("\n\n");
		}
	}

	static String shorten(String text, int max) {
		String oneLine = text.replaceAll("\\s+", " ").trim();
		return (oneLine.length() <= max) ? oneLine : oneLine.substring(0, max) + " …[" + oneLine.length() + " chars]";
	}

	// ---------------------------------------------------------------------------------------------------- 2. concurrency

	interface ConcurrentUpdate {

		/** Reads what the thread needs before the start; returns the action to run at the start. */
		Runnable prepare(String id, int thread);

	}

	@Test
	@Order(2)
	void concurrentUpdatesOfOneVersion() throws Exception {
		fixture(this.neo4jClient);
		StringBuilder out = new StringBuilder("# 2. Concurrency: " + THREADS + " threads update one version, "
				+ ROUNDS + " rounds\n\n");
		Map<String, ConcurrentUpdate> paths = new LinkedHashMap<>();
		paths.put("A1 SDN findById + save (@Version)", (id, thread) -> {
			OfferNode offer = this.offers.findById(id).orElseThrow();
			return () -> tx().executeWithoutResult((status) -> {
				offer.setTitle("Title of thread " + thread);
				offer.setAmount(1000.0 + thread);
				this.offers.save(offer);
			});
		});
		paths.put("A2 SDN findById + template.saveAs(projection)", (id, thread) -> {
			OfferNode offer = this.offers.findById(id).orElseThrow();
			return () -> tx().executeWithoutResult((status) -> {
				offer.setTitle("Title of thread " + thread);
				offer.setAmount(1000.0 + thread);
				this.template.saveAs(offer, OfferTitleAmount.class);
			});
		});
		paths.put("A3 custom @Query, version in WHERE, no lock", (id, thread) -> {
			long version = offerVersion(id);
			return () -> customQueryUpdate(id, version, "Title of thread " + thread, 1000.0 + thread);
		});
		paths.put("B NodeLocks.lockVersion + update", (id, thread) -> {
			long version = offerVersion(id);
			return () -> lockedUpdate(id, version, "Title of thread " + thread, 1000.0 + thread);
		});
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			int offerIndex = 100;
			for (Map.Entry<String, ConcurrentUpdate> path : paths.entrySet()) {
				String id = "offer-" + offerIndex++;
				out.append("## ").append(path.getKey()).append(" (").append(id).append(")\n\n")
					.append("| round | successes | OptimisticLockingFailure | ConflictException | other | version before -> after |\n")
					.append("|---|---|---|---|---|---|\n");
				int exactlyOne = 0;
				for (int round = 1; round <= ROUNDS; round++) {
					long before = offerVersion(id);
					Map<String, Integer> outcomes = runRound(pool, id, path.getValue());
					long after = offerVersion(id);
					int successes = outcomes.getOrDefault("success", 0);
					if (successes == 1) {
						exactlyOne++;
					}
					Map<String, Integer> other = new TreeMap<>(outcomes);
					other.keySet().removeAll(List.of("success", "OptimisticLockingFailureException", "ConflictException"));
					out.append("| ").append(round).append(" | ").append(successes).append(" | ")
						.append(outcomes.getOrDefault("OptimisticLockingFailureException", 0)).append(" | ")
						.append(outcomes.getOrDefault("ConflictException", 0)).append(" | ")
						.append(other.isEmpty() ? "-" : other).append(" | ").append(before).append(" -> ").append(after)
						.append(" |\n");
				}
				out.append("\nRounds with exactly one success: ").append(exactlyOne).append('/').append(ROUNDS)
					.append("\n\n");
			}
		}
		finally {
			pool.shutdownNow();
		}
		report(out.toString());
	}

	static Map<String, Integer> runRound(ExecutorService pool, String id, ConcurrentUpdate update) throws Exception {
		CountDownLatch ready = new CountDownLatch(THREADS);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> futures = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int thread = t;
			futures.add(pool.submit(() -> {
				Runnable action;
				try {
					action = update.prepare(id, thread);
				}
				finally {
					ready.countDown();
				}
				go.await();
				try {
					action.run();
					return "success";
				}
				catch (OptimisticLockingFailureException ex) {
					return "OptimisticLockingFailureException";
				}
				catch (ConflictException ex) {
					return "ConflictException";
				}
				catch (RuntimeException ex) {
					Throwable root = ex;
					while (root.getCause() != null && root.getCause() != root) {
						root = root.getCause();
					}
					String code = (root instanceof org.neo4j.driver.exceptions.Neo4jException neo4j) ? neo4j.code()
							.replace("Neo.TransientError.", "") : root.getClass().getSimpleName();
					return ex.getClass().getSimpleName() + "/" + code;
				}
			}));
		}
		assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
		go.countDown();
		Map<String, Integer> outcomes = new TreeMap<>();
		for (Future<String> future : futures) {
			outcomes.merge(future.get(120, TimeUnit.SECONDS), 1, Integer::sum);
		}
		return outcomes;
	}

	// ---------------------------------------------------------------------------------------------------- 3. time

	@Test
	@Order(3)
	void timePerMutation() {
		fixture(this.neo4jClient);
		StringBuilder out = new StringBuilder("# 3. Time per mutation (ms; " + OPERATIONS
				+ " sequential operations per path after " + WARM_UP + " warm-up ones, in alternating blocks of " + BLOCK
				+ ")\n\n");
		// Offers 0-299 are changed over and over (update), 300-1999 withdrawn once each; partners 0-299 updated.
		int[] nextOffer = { 300 };
		Map<String, Long> versions = new HashMap<>();

		// Partners first, on partners no offer change has touched: an SDN save of an offer also saves its partner and
		// bumps the partner's version (see the statements), which would make the partner updates here conflict.
		Map<String, IntConsumer> partnerUpdates = new LinkedHashMap<>();
		partnerUpdates.put("A1 SDN save", (i) -> rotating("partner-", 0, i, versions, (id, v) -> sdnPartnerUpdate(id, v, "D" + i)));
		partnerUpdates.put("A2 SDN saveAs", (i) -> rotating("partner-", 100, i, versions, (id, v) -> sdnSaveAsPartnerUpdate(id, v, "D" + i)));
		partnerUpdates.put("B lock+Cypher", (i) -> rotating("partner-", 200, i, versions, (id, v) -> lockedPartnerUpdate(id, v, "D" + i)));
		time(out, "partner description", partnerUpdates);
		Map<String, IntConsumer> updates = new LinkedHashMap<>();
		updates.put("A1 SDN save", (i) -> rotating("offer-", 0, i, versions, (id, v) -> sdnUpdate(id, v, "T" + i, i)));
		updates.put("A2 SDN saveAs", (i) -> rotating("offer-", 100, i, versions, (id, v) -> sdnSaveAsUpdate(id, v, "T" + i, i)));
		updates.put("B lock+Cypher", (i) -> rotating("offer-", 200, i, versions, (id, v) -> lockedUpdate(id, v, "T" + i, i)));
		time(out, "offer update (title + amount)", updates);

		Map<String, IntConsumer> withdrawals = new LinkedHashMap<>();
		withdrawals.put("A1 SDN save", (i) -> sdnWithdraw("offer-" + nextOffer[0]++, 0));
		withdrawals.put("A2 SDN saveAs", (i) -> sdnSaveAsWithdraw("offer-" + nextOffer[0]++, 0));
		withdrawals.put("B lock+Cypher", (i) -> lockedWithdraw("offer-" + nextOffer[0]++, 0));
		time(out, "offer withdraw (status)", withdrawals);

		report(out.toString());
	}

	interface VersionedMutation {

		void apply(String id, long expectedVersion);

	}

	// Cycles through 100 nodes from {@code first}, sending the version the previous change left.
	static void rotating(String prefix, int first, int i, Map<String, Long> versions, VersionedMutation mutation) {
		String id = prefix + (first + i % 100);
		long version = versions.getOrDefault(id, 0L);
		mutation.apply(id, version);
		versions.put(id, version + 1);
	}

	static void time(StringBuilder out, String mutation, Map<String, IntConsumer> paths) {
		Map<String, long[]> samples = new LinkedHashMap<>();
		Map<String, int[]> counters = new LinkedHashMap<>();
		for (Map.Entry<String, IntConsumer> path : paths.entrySet()) {
			counters.put(path.getKey(), new int[] { 0 });
			samples.put(path.getKey(), new long[OPERATIONS]);
			for (int w = 0; w < WARM_UP; w++) {
				path.getValue().accept(counters.get(path.getKey())[0]++);
			}
		}
		for (int done = 0; done < OPERATIONS; done += BLOCK) {
			for (Map.Entry<String, IntConsumer> path : paths.entrySet()) {
				long[] times = samples.get(path.getKey());
				int[] counter = counters.get(path.getKey());
				for (int k = done; k < Math.min(done + BLOCK, OPERATIONS); k++) {
					long start = System.nanoTime();
					path.getValue().accept(counter[0]++);
					times[k] = System.nanoTime() - start;
				}
			}
		}
		out.append("## ").append(mutation).append("\n\n| path | median | p95 | mean |\n|---|---|---|---|\n");
		for (Map.Entry<String, long[]> entry : samples.entrySet()) {
			long[] sorted = entry.getValue().clone();
			java.util.Arrays.sort(sorted);
			double mean = java.util.Arrays.stream(sorted).average().orElse(0);
			out.append("| ").append(entry.getKey()).append(" | ").append(ms(sorted[sorted.length / 2])).append(" | ")
				.append(ms(sorted[(int) Math.ceil(sorted.length * 0.95) - 1])).append(" | ").append(ms((long) mean))
				.append(" |\n");
		}
		out.append('\n');
	}

	private static String ms(long nanos) {
		return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1_000_000.0);
	}

	static void report(String section) {
		System.out.println(section);
		try {
			Files.createDirectories(REPORT.getParent());
			Files.writeString(REPORT, section + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
