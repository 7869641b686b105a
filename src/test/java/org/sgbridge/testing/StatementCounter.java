package org.sgbridge.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares, to show that a list takes a fixed number of
 * queries whatever its length. Import it into a test ({@code @Import(StatementCounter.Config.class)})
 * and read {@link #during(Runnable)}.
 */
public class StatementCounter {

	private final AtomicInteger count = new AtomicInteger();
	/** Where the SQL of the statements goes while {@link #sqlDuring} records it; null otherwise. */
	private volatile List<String> recording;

	/** The statements prepared while {@code work} ran (on any thread: run nothing else meanwhile). */
	public int during(Runnable work) {
		int before = count.get();
		work.run();
		return count.get() - before;
	}

	/**
	 * The SQL of the statements prepared while {@code work} ran, in their order (on any thread: run
	 * nothing else meanwhile); a statement created without SQL is {@code <statement>}.
	 */
	public synchronized List<String> sqlDuring(Runnable work) {
		List<String> sql = Collections.synchronizedList(new ArrayList<>());
		recording = sql;
		try {
			work.run();
		}
		finally {
			recording = null;
		}
		synchronized (sql) {
			return List.copyOf(sql);
		}
	}

	DataSource wrap(DataSource target) {
		return new DelegatingDataSource(target) {
			@Override
			public Connection getConnection() throws SQLException {
				return counting(super.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return counting(super.getConnection(username, password));
			}
		};
	}

	private Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					String name = method.getName();
					if (name.equals("prepareStatement") || name.equals("prepareCall")
							|| (name.equals("createStatement"))) {
						count.incrementAndGet();
						List<String> sql = recording;
						if (sql != null) {
							sql.add(args != null && args.length > 0 && args[0] instanceof String text ? text : "<statement>");
						}
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource ds && !(bean instanceof DelegatingDataSource)
							? counter.getObject().wrap(ds) : bean;
				}
			};
		}
	}
}
