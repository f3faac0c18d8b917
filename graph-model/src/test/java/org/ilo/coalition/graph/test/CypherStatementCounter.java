package org.ilo.coalition.graph.test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the Cypher statements the application sends, by wrapping the driver so that every {@code run} of a
 * session or transaction it hands out is recorded. Register it as a {@code static @Bean} in a test configuration.
 */
public class CypherStatementCounter implements BeanPostProcessor {

	private final List<String> statements = new CopyOnWriteArrayList<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return wrap(driver, Driver.class);
		}
		return bean;
	}

	/** Forgets what was counted so far. */
	public void reset() {
		this.statements.clear();
	}

	/** How many statements ran since the last {@link #reset()}. */
	public int count() {
		return this.statements.size();
	}

	/** The statements that ran since the last {@link #reset()}, in order. */
	public List<String> statements() {
		return List.copyOf(this.statements);
	}

	@SuppressWarnings("unchecked")
	private <T> T wrap(T target, Class<?> type) {
		InvocationHandler handler = new Counting(target);
		return (T) Proxy.newProxyInstance(type.getClassLoader(), collectInterfaces(target.getClass()), handler);
	}

	private static Class<?>[] collectInterfaces(Class<?> type) {
		java.util.Set<Class<?>> interfaces = new java.util.LinkedHashSet<>();
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			for (Class<?> candidate : current.getInterfaces()) {
				if (candidate.getName().startsWith("org.neo4j.driver.") && !candidate.getName().contains(".internal.")) {
					interfaces.add(candidate);
				}
			}
		}
		return interfaces.toArray(Class<?>[]::new);
	}

	private final class Counting implements InvocationHandler {

		private final Object target;

		Counting(Object target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getName().equals("run") && args != null && args.length > 0) {
				CypherStatementCounter.this.statements.add(String.valueOf(args[0]));
			}
			Object result;
			try {
				result = method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			// Sessions and transactions handed out by the driver are wrapped too, so that their run calls count.
			Class<?> returned = method.getReturnType();
			if (result != null && returned.isInterface() && returned.getName().startsWith("org.neo4j.driver.")
					&& isStatementRunner(returned)) {
				return wrap(result, returned);
			}
			return result;
		}

		private boolean isStatementRunner(Class<?> type) {
			String name = type.getSimpleName();
			return name.equals("Session") || name.equals("Transaction") || name.equals("TransactionContext")
					|| name.equals("BaseSession") || name.equals("QueryRunner") || name.equals("SimpleQueryRunner");
		}

	}

}
