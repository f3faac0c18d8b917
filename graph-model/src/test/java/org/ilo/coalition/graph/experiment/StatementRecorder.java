package org.ilo.coalition.graph.experiment;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Result;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.summary.SummaryCounters;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records, while switched on, every Cypher statement sent through the driver with its parameters and, once its
 * result is consumed, the database's update counters. Like {@code CypherStatementCounter}, but it also wraps the
 * {@link Result}s so that the counters of each statement can be read.
 */
public class StatementRecorder implements BeanPostProcessor {

	/** One statement; {@code counters} is set when its result is consumed (null if it never was). */
	public static final class Sent {

		public final String cypher;

		public final String parameters;

		public volatile SummaryCounters counters;

		Sent(String cypher, String parameters) {
			this.cypher = cypher;
			this.parameters = parameters;
		}

	}

	private final List<Sent> sent = new CopyOnWriteArrayList<>();

	private volatile boolean recording;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return wrap(driver, interfacesOf(driver.getClass()));
		}
		return bean;
	}

	/** Forgets what was recorded and starts recording. */
	public void start() {
		this.sent.clear();
		this.recording = true;
	}

	/** Stops recording and returns what was sent since {@link #start()}. */
	public List<Sent> stop() {
		this.recording = false;
		return List.copyOf(this.sent);
	}

	private Object wrap(Object target, Class<?>[] interfaces) {
		return Proxy.newProxyInstance(Driver.class.getClassLoader(), interfaces, new Recording(target));
	}

	private static Class<?>[] interfacesOf(Class<?> type) {
		Set<Class<?>> interfaces = new LinkedHashSet<>();
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			for (Class<?> candidate : current.getInterfaces()) {
				if (candidate.getName().startsWith("org.neo4j.driver.") && !candidate.getName().contains(".internal.")) {
					interfaces.add(candidate);
				}
			}
		}
		return interfaces.toArray(Class<?>[]::new);
	}

	private final class Recording implements InvocationHandler {

		private final Object target;

		Recording(Object target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			Sent entry = null;
			if (StatementRecorder.this.recording && method.getName().equals("run") && args != null && args.length > 0) {
				String text;
				Object parameters = null;
				if (args[0] instanceof Query query) {
					text = query.text();
					parameters = query.parameters().asMap();
				}
				else {
					text = String.valueOf(args[0]);
					parameters = (args.length > 1) ? args[1] : null;
				}
				if (parameters instanceof org.neo4j.driver.Value value) {
					parameters = value.asMap();
				}
				entry = new Sent(text, parameters instanceof Map<?, ?> map ? map.toString() : String.valueOf(parameters));
				StatementRecorder.this.sent.add(entry);
			}
			Object result;
			try {
				result = method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Result && entry != null) {
				return Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Result.class },
						new Consuming(result, entry));
			}
			Class<?> returned = method.getReturnType();
			if (result != null && returned.isInterface() && returned.getName().startsWith("org.neo4j.driver.")
					&& isStatementRunner(returned.getSimpleName())) {
				return wrap(result, interfacesOf(result.getClass()));
			}
			return result;
		}

		private boolean isStatementRunner(String name) {
			return name.equals("Session") || name.equals("Transaction") || name.equals("TransactionContext")
					|| name.equals("BaseSession") || name.equals("QueryRunner") || name.equals("SimpleQueryRunner");
		}

	}

	private static final class Consuming implements InvocationHandler {

		private final Object target;

		private final Sent entry;

		Consuming(Object target, Sent entry) {
			this.target = target;
			this.entry = entry;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			Object result;
			try {
				result = method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof ResultSummary summary) {
				this.entry.counters = summary.counters();
			}
			return result;
		}

	}

}
