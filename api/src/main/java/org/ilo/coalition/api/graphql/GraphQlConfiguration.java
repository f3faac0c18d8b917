package org.ilo.coalition.api.graphql;

import graphql.scalars.ExtendedScalars;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.offer.OfferView;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.request.SupportRequestView;
import org.ilo.coalition.graph.strategy.ObjectiveView;
import org.ilo.coalition.graph.strategy.StrategyView;
import org.ilo.coalition.graph.workstream.WorkStreamView;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Scalars of the schema and the mapping from source classes to the types that implement {@code Node}. */
@Configuration(proxyBeanMethods = false)
public class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Date);
	}

	@Bean
	GraphQlSourceBuilderCustomizer nodeTypeResolver() {
		ClassNameTypeResolver resolver = new ClassNameTypeResolver();
		resolver.addMapping(PartnerView.class, "Partner");
		resolver.addMapping(OfferView.class, "Offer");
		resolver.addMapping(Country.class, "Country");
		resolver.addMapping(StrategyView.class, "NationalStrategy");
		resolver.addMapping(ObjectiveView.class, "Objective");
		resolver.addMapping(SupportRequestView.class, "SupportRequest");
		resolver.addMapping(WorkStreamView.class, "WorkStream");
		return (builder) -> builder.defaultTypeResolver(resolver);
	}

}
