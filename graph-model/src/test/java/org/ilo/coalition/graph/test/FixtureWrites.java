package org.ilo.coalition.graph.test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.ilo.coalition.graph.change.GraphChanges;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A {@link Neo4jClient} for test fixtures that marks the graph changed after every session it used is closed, as the
 * application's own transactional writes do: the read caches stay on in tests, exactly as in production, and never
 * serve what a fixture changed.
 */
final class FixtureWrites {

	private FixtureWrites() {
	}

	static Neo4jClient client(Driver driver, GraphChanges changes) {
		InvocationHandler sessions = (proxy, method, args) -> {
			Object result = invoke(driver, method, args);
			return (result instanceof Session session) ? closingMarksChanged(session, changes) : result;
		};
		Driver marking = (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
				sessions);
		return Neo4jClient.create(marking);
	}

	private static Session closingMarksChanged(Session session, GraphChanges changes) {
		InvocationHandler closing = (proxy, method, args) -> {
			try {
				return invoke(session, method, args);
			}
			finally {
				if (method.getName().equals("close")) {
					changes.changed();
				}
			}
		};
		return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] { Session.class }, closing);
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
