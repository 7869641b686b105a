package org.sgbridge.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records, while it is armed, every SQL statement the application executes with its parameters
 * written as SQL literals, and where each transaction ends: what pgbench then runs as "the same
 * SQL". Import it into a test ({@code @Import(SqlRecorder.Config.class)}); it records nothing
 * until {@link #start()}.
 */
public class SqlRecorder {

	/** One parameter: the literal pgbench sends, and the plain text of a text value (null for other types). */
	public record Param(String literal, String text) {
	}

	/** One execution of a statement on one checked-out connection. */
	public record Execution(long connection, String thread, String sql, List<Param> params) {

		public boolean isInsert() {
			return sql.stripLeading().regionMatches(true, 0, "insert", 0, 6);
		}
	}

	/** What happened on a connection, in order: an execution, or the end of a transaction. */
	public record Event(long connection, Execution execution, boolean end) {
	}

	private final List<Event> events = new ArrayList<>();
	private final AtomicLong connections = new AtomicLong();
	private volatile boolean armed;

	public void start() {
		synchronized (events) {
			events.clear();
		}
		armed = true;
	}

	/** How many statements and transaction ends are recorded so far. */
	public int size() {
		synchronized (events) {
			return events.size();
		}
	}

	public List<Event> stop() {
		armed = false;
		synchronized (events) {
			return List.copyOf(events);
		}
	}

	private void add(Event event) {
		if (armed) {
			synchronized (events) {
				events.add(event);
			}
		}
	}

	DataSource wrap(DataSource target) {
		return new DelegatingDataSource(target) {
			@Override
			public Connection getConnection() throws SQLException {
				return recording(super.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return recording(super.getConnection(username, password));
			}
		};
	}

	private Connection recording(Connection connection) {
		long id = connections.incrementAndGet();
		boolean[] autoCommit = { true };
		try {
			autoCommit[0] = connection.getAutoCommit();
		}
		catch (SQLException e) {
			// keep the default
		}
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					String name = method.getName();
					Object result = invoke(method, connection, args);
					switch (name) {
						case "setAutoCommit" -> {
							if (!autoCommit[0] && (Boolean) args[0]) {
								add(new Event(id, null, true));
							}
							autoCommit[0] = (Boolean) args[0];
						}
						case "commit", "rollback", "close" -> add(new Event(id, null, true));
						case "prepareStatement" -> {
							return statement(id, autoCommit, (Statement) result, (String) args[0], PreparedStatement.class);
						}
						case "prepareCall" -> {
							return statement(id, autoCommit, (Statement) result, (String) args[0], CallableStatement.class);
						}
						case "createStatement" -> {
							return statement(id, autoCommit, (Statement) result, null, Statement.class);
						}
						default -> {
						}
					}
					return result;
				});
	}

	private Object statement(long connection, boolean[] autoCommit, Statement target, String sql, Class<?> type) {
		Map<Integer, Param> current = new TreeMap<>();
		List<List<Param>> batch = new ArrayList<>();
		List<String> plainBatch = new ArrayList<>();
		return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			String name = method.getName();
			if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index
					&& sql != null) {
				current.put(index, param(name, args));
			}
			else if (name.equals("clearParameters")) {
				current.clear();
			}
			else if (name.equals("addBatch")) {
				if (args == null || args.length == 0) {
					batch.add(new ArrayList<>(current.values()));
				}
				else {
					plainBatch.add((String) args[0]);
				}
			}
			else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
				batch.forEach(params -> executed(connection, autoCommit, sql, params));
				plainBatch.forEach(text -> executed(connection, autoCommit, text, List.of()));
				batch.clear();
				plainBatch.clear();
			}
			else if (name.startsWith("execute")) {
				if (args != null && args.length > 0 && args[0] instanceof String text) {
					executed(connection, autoCommit, text, List.of());
				}
				else {
					executed(connection, autoCommit, sql, new ArrayList<>(current.values()));
				}
			}
			return invoke(method, target, args);
		});
	}

	private void executed(long connection, boolean[] autoCommit, String sql, List<Param> params) {
		add(new Event(connection, new Execution(connection, Thread.currentThread().getName(), sql, params), false));
		if (autoCommit[0]) {
			add(new Event(connection, null, true));
		}
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

	/** The literal of a parameter, typed as the PostgreSQL driver would send it. */
	static Param param(String setter, Object[] args) throws SQLException {
		Object value = args[1];
		if (setter.equals("setNull")) {
			return new Param(switch ((Integer) value) {
				case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR -> "NULL::varchar";
				case Types.INTEGER, Types.SMALLINT -> "NULL::int4";
				case Types.BIGINT -> "NULL::int8";
				case Types.BOOLEAN, Types.BIT -> "NULL::bool";
				default -> "NULL";
			}, null);
		}
		return literal(value);
	}

	static Param literal(Object value) throws SQLException {
		if (value == null) {
			return new Param("NULL", null);
		}
		if (value instanceof String s) {
			return new Param(quote(s) + "::varchar", s);
		}
		if (value instanceof Enum<?> e) {
			return new Param(quote(e.name()) + "::varchar", e.name());
		}
		if (value instanceof Boolean b) {
			return new Param(b ? "TRUE" : "FALSE", null);
		}
		if (value instanceof BigDecimal d) {
			return new Param(d.toPlainString(), null);
		}
		if (value instanceof Long l) {
			return new Param(l + "::int8", null);
		}
		if (value instanceof Number n) {
			return new Param(n.toString(), null);
		}
		if (value instanceof java.sql.Timestamp t) {
			return new Param(quote(t.toInstant().toString()), null);
		}
		if (value instanceof java.sql.Date || value instanceof java.sql.Time) {
			return new Param(quote(value.toString()), null);
		}
		if (value instanceof java.util.Date d) {
			return new Param(quote(d.toInstant().toString()), null);
		}
		if (value instanceof java.util.UUID u) {
			return new Param(quote(u.toString()) + "::uuid", u.toString());
		}
		if (value instanceof byte[] bytes) {
			return new Param("'\\x" + HexFormat.of().formatHex(bytes) + "'::bytea", null);
		}
		if (value instanceof java.sql.Array array) {
			List<String> items = new ArrayList<>();
			for (Object item : (Object[]) array.getArray()) {
				items.add(literal(item).literal());
			}
			return new Param("ARRAY[" + String.join(", ", items) + "]", null);
		}
		// dates and times of java.time, and anything else the driver writes as text
		return new Param(quote(value.toString()), null);
	}

	static String quote(String s) {
		return "'" + s.replace("'", "''") + "'";
	}

	/** The statement with its placeholders replaced by the literals (question marks in quotes and comments kept). */
	static String inline(String sql, List<Param> params) {
		StringBuilder out = new StringBuilder();
		int next = 0;
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (c == '\'' || c == '"') {
				int end = sql.indexOf(c, i + 1);
				while (end > 0 && end + 1 < sql.length() && sql.charAt(end + 1) == c) {
					end = sql.indexOf(c, end + 2);
				}
				end = end < 0 ? sql.length() - 1 : end;
				out.append(sql, i, end + 1);
				i = end;
			}
			else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
				int end = sql.indexOf('\n', i);
				end = end < 0 ? sql.length() - 1 : end;
				out.append(sql, i, end + 1);
				i = end;
			}
			else if (c == '?' && next < params.size()) {
				out.append(params.get(next++).literal());
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		static SqlRecorder sqlRecorder() {
			return new SqlRecorder();
		}

		@Bean
		static BeanPostProcessor recordingDataSource(ObjectProvider<SqlRecorder> recorder) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource ds && !(bean instanceof DelegatingDataSource)
							? recorder.getObject().wrap(ds) : bean;
				}
			};
		}
	}
}
