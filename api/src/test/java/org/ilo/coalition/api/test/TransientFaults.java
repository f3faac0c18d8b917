package org.ilo.coalition.api.test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes the next statements whose Cypher contains a given fragment fail with a transient Neo4j error (a deadlock), as
 * the server would report it, by wrapping the driver; disarmed by default.
 */
public class TransientFaults implements BeanPostProcessor {

	private volatile String fragment;

	private final AtomicInteger remaining = new AtomicInteger();

	private final AtomicInteger injected = new AtomicInteger();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return wrap(driver, Driver.class);
		}
		return bean;
	}

	/** The next {@code times} statements containing {@code cypherFragment} fail with a deadlock. */
	public void failNext(String cypherFragment, int times) {
		this.injected.set(0);
		this.remaining.set(times);
		this.fragment = cypherFragment;
	}

	/** How many failures were injected since the last {@link #failNext}. */
	public int injected() {
		return this.injected.get();
	}

	public void disarm() {
		this.remaining.set(0);
		this.fragment = null;
	}

	@SuppressWarnings("unchecked")
	private <T> T wrap(T target, Class<T> type) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, new Handler(target));
	}

	private final class Handler implements InvocationHandler {

		private final Object target;

		Handler(Object target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String armed = TransientFaults.this.fragment;
			if (method.getName().equals("run") && armed != null && args != null && args.length > 0
					&& String.valueOf(args[0]).contains(armed) && TransientFaults.this.remaining.getAndDecrement() > 0) {
				TransientFaults.this.injected.incrementAndGet();
				throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected",
						"ForsetiClient can't acquire ExclusiveLock (injected by a test)");
			}
			Object result;
			try {
				result = method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Session session && method.getReturnType() == Session.class) {
				return wrap(session, Session.class);
			}
			if (result instanceof Transaction transaction && method.getReturnType() == Transaction.class) {
				return wrap(transaction, Transaction.class);
			}
			return result;
		}

	}

}
