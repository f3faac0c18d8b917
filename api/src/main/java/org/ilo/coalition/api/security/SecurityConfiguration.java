package org.ilo.coalition.api.security;

import java.util.ArrayList;
import java.util.List;

import org.ilo.coalition.graph.partner.PartnerRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.graphql.server.webmvc.AuthenticationWebSocketInterceptor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP security: every request may reach GraphQL (the public directory is open); callers authenticate with a JWT
 * bearer token when a JWT decoder is configured (without one every bearer token is refused with 401), and with the
 * demo accounts over HTTP Basic when those are on, either way with their {@link Role} as authority. No sessions, no
 * cookies, so no CSRF token. Subscribers over graphql-ws may instead send the same credentials in their
 * {@code connection_init} payload ({@link #subscriptionAuthentication}).
 *
 * <p>Authorization is method security: {@code @PreAuthorize} on the controllers' query, mutation and subscription
 * methods, with the {@code callers} bean for "own partner" and "own country" rules (docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
// The command-line import (ImportCommand) runs the application without a web server, so without HTTP security.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder,
			ObjectProvider<DemoAccounts> demoAccounts) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.anonymous(Customizer.withDefaults());
		// Bearer tokens are always handled: without a configured decoder none can be verified, and a token that is
		// ignored would be answered as the public instead of 401 (docs/security.md).
		http.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.decoder(decoder(jwtDecoder))
			.jwtAuthenticationConverter(Callers.jwtAuthenticationConverter())));
		DemoAccounts accounts = demoAccounts.getIfAvailable();
		if (accounts != null) {
			http.userDetailsService(accounts).httpBasic(Customizer.withDefaults());
		}
		return http.build();
	}

	/**
	 * Subscriptions: a browser cannot set headers on the WebSocket handshake, so a graphql-ws client may send the
	 * {@code Authorization} value in its {@code connection_init} payload instead ({@link ConnectionInitCredentials}),
	 * checked as the filter chain checks the header: the same JWT decoder and converter, and the demo accounts only
	 * when they are on. Spring for GraphQL closes the connection with 4401 when they are refused, and carries the
	 * caller to every subscription of the connection, in place of the handshake's; without credentials in the payload
	 * the handshake's caller stays. Its place in the request chain: {@code GraphQlConfiguration.webGraphQlHandler}.
	 */
	@Bean
	AuthenticationWebSocketInterceptor subscriptionAuthentication(ObjectProvider<JwtDecoder> jwtDecoder,
			ObjectProvider<DemoAccounts> demoAccounts, PasswordEncoder passwordEncoder) {
		JwtAuthenticationProvider bearer = new JwtAuthenticationProvider(decoder(jwtDecoder));
		bearer.setJwtAuthenticationConverter(Callers.jwtAuthenticationConverter());
		List<AuthenticationProvider> providers = new ArrayList<>(List.of(bearer));
		DemoAccounts accounts = demoAccounts.getIfAvailable();
		if (accounts != null) {
			DaoAuthenticationProvider basic = new DaoAuthenticationProvider(accounts);
			basic.setPasswordEncoder(passwordEncoder);
			providers.add(basic);
		}
		// Without demo accounts no provider takes Basic credentials, and the manager refuses them: 4401.
		return new AuthenticationWebSocketInterceptor(new ConnectionInitCredentials(), new ProviderManager(providers));
	}

	private static JwtDecoder decoder(ObjectProvider<JwtDecoder> configured) {
		return configured.getIfAvailable(() -> SecurityConfiguration::refuseUnverifiable);
	}

	private static Jwt refuseUnverifiable(String token) {
		throw new BadJwtException("No issuer or public key is configured to verify bearer tokens");
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Demo accounts only; a low cost keeps HTTP Basic cheap on every request of a load test on loopback.
		return new BCryptPasswordEncoder(4);
	}

	@Bean
	@Conditional(DemoAccountsEnabled.class)
	DemoAccounts demoAccounts(SecurityProperties properties, PartnerRepository partners, PasswordEncoder encoder) {
		return new DemoAccounts(partners, encoder.encode(properties.demoPassword()));
	}

	/**
	 * Matches when {@code coalition.security.demo-accounts} is true, or, when it is not set, when no Neo4j URI is
	 * configured (the embedded demo setup).
	 */
	static class DemoAccountsEnabled implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			Boolean explicit = environment.getProperty("coalition.security.demo-accounts", Boolean.class);
			return explicit != null ? explicit : environment.getProperty("spring.neo4j.uri", "").isBlank();
		}

	}

}
