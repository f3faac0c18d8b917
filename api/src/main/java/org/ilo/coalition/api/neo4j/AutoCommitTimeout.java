package org.ilo.coalition.api.neo4j;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Gives the statements and transactions started on the driver's sessions without a timeout of their own (above all
 * the auto-commit statements {@code Neo4jClient} runs outside Spring transactions: the directory's reads) the
 * application's transaction timeout, which the server (embedded or external) enforces by terminating the transaction.
 * Spring-managed transactions get it from Boot ({@code spring.transaction.default-timeout}) and pass it on, so they keep
 * it here. Neither the driver (no default {@code TransactionConfig} in {@code Config} or {@code SessionConfig}) nor
 * {@code Neo4jClient} (which calls {@code Session.run(Query)} outside transactions) can be told to send one.
 */
public class AutoCommitTimeout implements BeanPostProcessor {

	private static final Set<String> SESSION_WORK = Set.of("run", "beginTransaction", "executeRead", "executeWrite",
			"executeReadWithoutResult", "executeWriteWithoutResult");

	private final Duration timeout;

	public AutoCommitTimeout(Duration timeout) {
		if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() < 1) {
			throw new IllegalArgumentException("spring.transaction.default-timeout must be positive, was " + timeout);
		}
		this.timeout = timeout;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
					new DriverHandler(driver));
		}
		return bean;
	}

	/** The configuration with this timeout unless it already names one. */
	TransactionConfig withTimeout(TransactionConfig config) {
		if (config != null && config.timeout() != null) {
			return config;
		}
		TransactionConfig.Builder builder = TransactionConfig.builder().withTimeout(this.timeout);
		if (config != null && !config.metadata().isEmpty()) {
			builder.withMetadata(config.metadata());
		}
		return builder.build();
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private final class DriverHandler implements InvocationHandler {

		private final Driver target;

		DriverHandler(Driver target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			Object result = AutoCommitTimeout.invoke(this.target, method, args);
			if (method.getName().equals("session") && result instanceof Session session) {
				return Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] { Session.class },
						new SessionHandler(session));
			}
			return result;
		}

	}

	private final class SessionHandler implements InvocationHandler {

		private final Session target;

		SessionHandler(Session target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (!SESSION_WORK.contains(method.getName())) {
				return AutoCommitTimeout.invoke(this.target, method, args);
			}
			Class<?>[] types = method.getParameterTypes();
			Object[] given = (args != null) ? args : new Object[0];
			for (int i = 0; i < types.length; i++) {
				if (types[i] == TransactionConfig.class) {
					Object[] changed = given.clone();
					changed[i] = withTimeout((TransactionConfig) given[i]);
					return AutoCommitTimeout.invoke(this.target, method, changed);
				}
			}
			// run(String, Value) and run(String, Record) have no overload with a configuration; a Query carries both.
			if (method.getName().equals("run") && types.length == 2 && (types[1] == Value.class || types[1] == Record.class)) {
				Query query = (types[1] == Value.class) ? new Query((String) given[0], (Value) given[1])
						: new Query((String) given[0], ((Record) given[1]).asMap());
				return this.target.run(query, withTimeout(null));
			}
			Class<?>[] withConfig = Arrays.copyOf(types, types.length + 1);
			withConfig[types.length] = TransactionConfig.class;
			Method configured;
			try {
				configured = Session.class.getMethod(method.getName(), withConfig);
			}
			catch (NoSuchMethodException ex) {
				return AutoCommitTimeout.invoke(this.target, method, args);
			}
			Object[] changed = Arrays.copyOf(given, given.length + 1);
			changed[given.length] = withTimeout(null);
			return AutoCommitTimeout.invoke(this.target, configured, changed);
		}

	}

}
