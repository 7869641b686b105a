package org.sgbridge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registration's own SQL, as recorded, turned into a pgbench script, and pgbench run on it.
 * Each of the application's transactions becomes {@code BEGIN; ...; ROLLBACK;} so that the script
 * can repeat; the participant is drawn per transaction (each client its own stripe of the pool, so
 * that two clients never insert the same registration), and the values the application generates
 * per registration (ids, codes, hashes) are drawn fresh in one {@code SELECT ... \gset} first.
 */
final class PgBench {

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
	private static final Pattern CODE = Pattern.compile("[A-Z0-9]{6,20}");
	private static final Pattern AUDIT_LOCK = Pattern.compile("^SELECT last_seq\\b.*FROM audit_chain\\b.*FOR UPDATE$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/** A transaction of the application: its statements as sent. */
	record Transaction(String thread, List<SqlRecorder.Execution> statements) {
	}

	/** The script and what it is made of. */
	record Script(String text, List<Transaction> transactions, int statements) {
	}

	/** One pgbench run. */
	record Run(int clients, int requestedClients, double tps, double latencyMs, long transactions, long failed, String error) {
	}

	private PgBench() {
	}

	/** The application's transactions, in the order their first statements ran (empty ones left out). */
	static List<Transaction> transactions(List<SqlRecorder.Event> events) {
		Map<Long, List<SqlRecorder.Execution>> open = new LinkedHashMap<>();
		List<Transaction> done = new ArrayList<>();
		List<Integer> order = new ArrayList<>();
		Map<Long, Integer> firstIndex = new LinkedHashMap<>();
		for (int i = 0; i < events.size(); i++) {
			SqlRecorder.Event event = events.get(i);
			if (event.end()) {
				List<SqlRecorder.Execution> statements = open.remove(event.connection());
				if (statements != null && !statements.isEmpty()) {
					done.add(new Transaction(statements.get(0).thread(), statements));
					order.add(firstIndex.remove(event.connection()));
				}
			}
			else {
				firstIndex.putIfAbsent(event.connection(), i);
				open.computeIfAbsent(event.connection(), c -> new ArrayList<>()).add(event.execution());
			}
		}
		open.forEach((connection, statements) -> {
			done.add(new Transaction(statements.get(0).thread(), statements));
			order.add(firstIndex.get(connection));
		});
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < done.size(); i++) {
			indexes.add(i);
		}
		indexes.sort((a, b) -> Integer.compare(order.get(a), order.get(b)));
		return indexes.stream().map(done::get).toList();
	}

	/**
	 * The script: {@code participant} is the recorded participant's index, replaced by one drawn per
	 * transaction ({@code bench-p<n>}, token {@code bench-token-<n>}); {@code @STRIPE@} and
	 * {@code @CLIENTS@} are filled in by {@link #run}. {@code auditSeq}: the number of the audit entry
	 * that the recorded registration appended; pgbench numbers its entry as the application does,
	 * from the chain's last link read under lock (a repeated number would be a duplicate key).
	 */
	static Script script(List<SqlRecorder.Event> events, int participant, String participantTokenHash, long auditSeq) {
		List<Transaction> transactions = transactions(events);
		// Values first seen in an INSERT are made per registration: draw them fresh each time (a code
		// with a digit, or any code of an insert that writes a verification code: some have no digit).
		Set<String> seen = new HashSet<>();
		Map<String, String> generated = new LinkedHashMap<>();
		for (Transaction t : transactions) {
			for (SqlRecorder.Execution e : t.statements()) {
				for (SqlRecorder.Param p : e.params()) {
					String text = p.text();
					if (text == null || seen.contains(text) || text.equals(participantTokenHash)) {
						continue;
					}
					if (e.isInsert() && generated.size() < 50 && (UUID.matcher(text).matches() || HEX64.matcher(text).matches()
							|| (CODE.matcher(text).matches()
									&& (text.chars().anyMatch(Character::isDigit) || e.sql().contains("verification_code"))))) {
						generated.put(text, "pbg" + (generated.size() + 1));
					}
					seen.add(text);
				}
			}
		}
		StringBuilder out = new StringBuilder();
		out.append("-- SG Bridge: the SQL of one registration (POST /api/v1/meetings/{id}/registrations), recorded\n");
		// each client its own stripe of participants: client c takes c, c + clients, c + 2 clients ...
		out.append("\\set pbk random(0, @STRIPE@ - 1)\n");
		out.append("\\set pbp :pbk * @CLIENTS@ + :client_id\n");
		List<String> draws = new ArrayList<>();
		draws.add("encode(sha256(convert_to('bench-token-' || :pbp, 'UTF8')), 'hex') AS pbh");
		generated.forEach((value, name) -> draws.add(draw(value) + " AS " + name));
		out.append("SELECT ").append(String.join(", ", draws)).append(" \\gset\n");
		int statements = 0;
		Pattern who = Pattern.compile("(bench-p|Bench participant |bench-t)" + participant + "(?![0-9])");
		for (Transaction t : transactions) {
			out.append("BEGIN;\n");
			for (SqlRecorder.Execution e : t.statements()) {
				String sql = SqlRecorder.inline(e.sql(), e.params()).strip();
				if (sql.endsWith(";")) {
					sql = sql.substring(0, sql.length() - 1);
				}
				if (participantTokenHash != null) {
					sql = sql.replace(participantTokenHash, ":pbh");
				}
				for (Map.Entry<String, String> g : generated.entrySet()) {
					sql = sql.replace(g.getKey(), ":" + g.getValue());
				}
				Matcher m = who.matcher(sql);
				sql = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + ":pbp"));
				sql = sql.replaceAll("(?<![0-9])" + auditSeq + "::int8", ":pbseq::int8");
				statements++;
				if (AUDIT_LOCK.matcher(sql).find()) {
					out.append(sql).append(" \\gset pba_\n\\set pbseq :pba_last_seq + 1\n");
					continue;
				}
				out.append(sql).append(";\n");
			}
			out.append("ROLLBACK;\n");
		}
		return new Script(out.toString(), transactions, statements);
	}

	/** An SQL expression that draws a fresh value of the same shape. */
	private static String draw(String value) {
		if (UUID.matcher(value).matches()) {
			return "gen_random_uuid()::text";
		}
		if (HEX64.matcher(value).matches()) {
			return "encode(sha256(convert_to(random()::text, 'UTF8')), 'hex')";
		}
		return "upper(substr(md5(random()::text) || md5(random()::text), 1, " + value.length() + "))";
	}

	/**
	 * Runs pgbench on the script: {@code clients} connections for {@code seconds}, on two threads,
	 * each client drawing among its own {@code pool / clients} participants.
	 */
	static Run run(String scriptText, Path directory, String database, int pool, int clients, int requested, int seconds) {
		Path script = directory.resolve("registration-" + clients + ".pgbench.sql");
		try {
			Files.writeString(script, scriptText.replace("@STRIPE@", Integer.toString(Math.max(1, pool / clients)))
				.replace("@CLIENTS@", Integer.toString(clients)));
		}
		catch (IOException e) {
			return new Run(clients, requested, 0, 0, 0, 0, "cannot write the script: " + e.getMessage());
		}
		List<String> command = List.of("pgbench", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-n", "-c",
				Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)), "-T", Integer.toString(seconds), "-f",
				script.toString(), database);
		try {
			Path log = Files.createTempFile("pgbench", ".log");
			Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			if (!p.waitFor(seconds + 120L, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				return new Run(clients, requested, 0, 0, 0, 0, "pgbench did not finish");
			}
			String output = Files.readString(log, StandardCharsets.UTF_8);
			Files.deleteIfExists(log);
			double tps = number(output, "tps = ([0-9.]+) \\(without initial connection time\\)");
			double latency = number(output, "latency average = ([0-9.]+) ms");
			long tx = (long) number(output, "number of transactions actually processed: ([0-9]+)");
			long failed = (long) number(output, "number of failed transactions: ([0-9]+)");
			String error = p.exitValue() == 0 ? null : lastLines(output, 6);
			return new Run(clients, requested, tps, latency, tx, failed, error);
		}
		catch (IOException e) {
			return new Run(clients, requested, 0, 0, 0, 0, "pgbench: " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Run(clients, requested, 0, 0, 0, 0, "interrupted");
		}
	}

	private static double number(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		return m.find() ? Double.parseDouble(m.group(1)) : -1;
	}

	private static String lastLines(String text, int n) {
		String[] lines = text.strip().split("\n");
		return String.join(" / ", java.util.Arrays.asList(lines).subList(Math.max(0, lines.length - n), lines.length));
	}
}
