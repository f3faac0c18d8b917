package org.ilo.coalition.api.startup;

import java.util.EnumSet;
import java.util.List;

import org.ilo.coalition.graph.indicator.DeficitObservationRepository;
import org.ilo.coalition.graph.offer.OfferRepository;
import org.ilo.coalition.graph.partner.MembershipStatus;
import org.ilo.coalition.graph.partner.PartnerFilter;
import org.ilo.coalition.graph.partner.PartnerParts;
import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the directory's most common statements once in the background, so that Neo4j has planned them before the
 * first user asks (planning the first of them takes seconds on a cold JVM). On a restart it starts as soon as the
 * graph initialization has found the schema in place ({@link StartupGate#schemaReady()}), beside the rest of the
 * initialization; on a first start once the graph is initialized. Whatever it reads and caches is dropped when the
 * initialization ends ({@code GraphChanges.changed()}). Off with {@code coalition.warm-up.enabled=false}, as in tests
 * that count statements.
 */
@Component
@ConditionalOnBooleanProperty(name = "coalition.warm-up.enabled", matchIfMissing = true)
public class QueryWarmUp implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(QueryWarmUp.class);

	private final PartnerRepository partners;

	private final OfferRepository offers;

	private final DeficitObservationRepository deficits;

	private final StartupGate gate;

	public QueryWarmUp(PartnerRepository partners, OfferRepository offers, DeficitObservationRepository deficits,
			StartupGate gate) {
		this.gate = gate;
		this.partners = partners;
		this.offers = offers;
		this.deficits = deficits;
	}

	@Override
	public void afterPropertiesSet() {
		this.gate.whenSchemaReady(this::start);
	}

	private void start() {
		Thread thread = new Thread(this::run, "cypher-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	private void run() {
		long started = System.nanoTime();
		try {
			PartnerFilter admitted = new PartnerFilter(null, EnumSet.of(MembershipStatus.ADMITTED), null, null, null, null,
					null);
			// A page's statement depends on the relationships its document asks for: the public directory with
			// countries, a bare list of names (or only the count), and a full page for the coordination group.
			List<PartnerView> page = this.partners.findPage(admitted, 20, null, true, new PartnerParts(true, false))
				.items();
			this.partners.findPage(admitted, 20, null, true, new PartnerParts(false, false));
			this.partners.findPage(PartnerFilter.ALL, 20, null, false);
			this.offers.findViewsByPartners(page.stream().map(PartnerView::id).toList());
			this.deficits.findLatestByCountries(List.of("KEN"));
			log.info("Cypher warm-up done in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// Only a head start: if it fails, the first real request plans the statements itself.
			log.warn("Cypher warm-up failed: {}", ex.getMessage());
		}
	}

}
