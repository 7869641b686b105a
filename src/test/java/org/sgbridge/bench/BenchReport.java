package org.sgbridge.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The benchmark's figures as markdown tables ({@code target/benchmark.md}). */
final class BenchReport {

	private final StringBuilder out = new StringBuilder();

	String text() {
		return out.toString();
	}

	BenchReport line(String text) {
		out.append(text).append('\n');
		return this;
	}

	BenchReport startup(AppProcess app, long[] afterStart, long[] afterRush, long[] afterReads, double cpuAtEnd, String jvm,
			String plainLaunch, long[] plainStart, double plainCpu) {
		line("## Start-up and memory").line("");
		line("Launched as " + app.launch() + (jvm.isBlank() ? " with the JVM's defaults" : " with `" + jvm + "`")
				+ ", on PostgreSQL, into the generated data. Before it, for comparison, launched as " + plainLaunch
				+ " with the same options, timed to its first answer and stopped.").line("");
		line("| measure | value |").line("|---|---|");
		line("| start-up: launch to the first answered request (`GET /`, 200) | " + seconds(app.startupMillis() / 1000.0) + " |");
		line("| CPU time used by then (user + system) | " + seconds(app.startupCpuSeconds()) + " |");
		line("| start-up as " + plainLaunch + ", and its CPU time | " + seconds(plainStart[0] / 1000.0) + " (" + seconds(plainCpu)
				+ " CPU), " + plainStart[1] + " MiB resident |");
		line("| resident memory after start (VmRSS) | " + afterStart[0] + " MiB |");
		line("| resident memory after the registration runs | " + afterRush[0] + " MiB |");
		line("| resident memory after the whole load run (registrations and reads) | " + afterReads[0] + " MiB (peak "
				+ afterReads[1] + " MiB) |");
		line("| CPU time used in all | " + seconds(cpuAtEnd) + " |");
		return line("");
	}

	BenchReport registrations(List<RegistrationLoad.Result> runs, List<PgBench.Run> pgbench, PgBench.Script script,
			List<String> drains) {
		line("## Registration: `POST /api/v1/meetings/{id}/registrations`").line("");
		line("Distinct participants (delegates of one Administration, each with its own token) register in person, "
				+ "meeting after meeting, so that concurrent requests meet on the same meeting as at a registration opening. "
				+ "Saturation: clients without pause, each request timed from its sending. Open workload: requests due at "
				+ "fixed times, sent by a pool of users, each timed from when it was due (a wait for a free user counts). "
				+ "Only answered registrations (201) are timed. CPU per registration: the application's process, and this "
				+ "test's JVM (the load's clients, beside the idle application that prepared the data).").line("");
		line("| run | clients | seconds | registrations | per second | p50 ms | p95 ms | p99 ms | max ms | refused or failed "
				+ "| application CPU ms per registration | clients' CPU ms per registration |");
		line("|---|---|---|---|---|---|---|---|---|---|---|---|");
		for (RegistrationLoad.Result r : runs) {
			line("| " + r.name() + (r.exhausted() ? " (ran out of prepared pairs)" : "") + " | " + r.clients() + " | "
					+ String.format(Locale.ROOT, "%.1f", r.seconds()) + " | " + r.ok() + " | "
					+ String.format(Locale.ROOT, "%.0f", r.throughput()) + " | " + Latencies.format(r.latencies().ms(0.5)) + " | "
					+ Latencies.format(r.latencies().ms(0.95)) + " | " + Latencies.format(r.latencies().ms(0.99)) + " | "
					+ Latencies.format(r.latencies().maxMs()) + " | "
					+ (r.failures().isEmpty() ? "0" : r.failures().entrySet().stream()
						.map(e -> (e.getKey() < 0 ? "no answer" : "HTTP " + e.getKey()) + " × " + e.getValue())
						.collect(Collectors.joining(", ")))
					+ " | " + perRegistration(r.appCpuSeconds(), r.ok()) + " | " + perRegistration(r.clientCpuSeconds(), r.ok()) + " |");
		}
		line("");
		if (!drains.isEmpty()) {
			line("Work left to the event listeners (audit, mail) after each run, waited for before the next: "
					+ String.join("; ", drains) + ".").line("");
		}
		line("pgbench on the same SQL (" + script.statements() + " statements in " + script.transactions().size()
				+ " transactions as the application ran them, each wrapped in `BEGIN … ROLLBACK`, plus one `SELECT … \\gset` "
				+ "that draws the participant's token hash and fresh ids; simple protocol; two threads; script in "
				+ "`target/benchmark-registration.pgbench.sql`). It ran before the application was launched, on a meeting "
				+ "half as full as the rush's meetings end, each client drawing among its own participants; the "
				+ "application's own pool holds 10 connections unless configured otherwise:").line("");
		line("| clients | pgbench transactions per second | pgbench latency (average) | application, same clients, per second | "
				+ "application / pgbench |");
		line("|---|---|---|---|---|");
		for (PgBench.Run run : pgbench) {
			RegistrationLoad.Result app = runs.stream()
				.filter(r -> r.name().startsWith("saturation") && r.clients() == run.requestedClients())
				.findFirst()
				.orElse(null);
			String clients = run.clients() == run.requestedClients() ? Integer.toString(run.clients())
					: run.requestedClients() + " (ran at " + run.clients() + ": the server's max_connections)";
			if (run.error() != null) {
				line("| " + clients + " | failed: " + run.error().replace("|", "/") + " | | | |");
				continue;
			}
			line("| " + clients + " | " + String.format(Locale.ROOT, "%.0f", run.tps()) + (run.failed() > 0
					? " (" + run.failed() + " failed)" : "") + " | " + String.format(Locale.ROOT, "%.1f ms", run.latencyMs())
					+ " | " + (app == null ? "–" : String.format(Locale.ROOT, "%.0f", app.throughput())) + " | "
					+ (app == null ? "–" : String.format(Locale.ROOT, "%.2f", app.throughput() / run.tps())) + " |");
		}
		return line("");
	}

	BenchReport reads(List<ReadRows.Measured> rows, int warmup, int samples, int seconds) {
		line("## Page and API reads").line("");
		line("One request at a time over HTTP, in English, after " + warmup + " warm-up requests (2 when one takes over 2 s), "
				+ samples + " timed (fewer when a row's " + seconds + " s are used up, at least 5). Budget at p95: 100 ms, "
				+ "generated documents (PDF, DOCX, XLSX) 2 s; **over** marks a row above it. The generator writes "
				+ "contributions without files (so a search finds none of them, and no download is timed) and no decisions, "
				+ "appointments, expressions of interest or national criteria: those reads answer empty lists.").line("");
		line("| role | read | path | n | p50 ms | p95 ms | p99 ms | bytes | |");
		line("|---|---|---|---|---|---|---|---|---|");
		for (ReadRows.Measured m : rows) {
			line(row(m));
		}
		line("");
		List<ReadRows.Measured> over = rows.stream().filter(ReadRows.Measured::over).toList();
		line(over.size() + " of " + rows.size() + " rows over their budget; "
				+ rows.stream().filter(m -> m.error() != null).count() + " failed.").line("");
		line("### Slowest ten, by p95").line("");
		line("| role | read | path | n | p50 ms | p95 ms | p99 ms | bytes | |");
		line("|---|---|---|---|---|---|---|---|---|");
		rows.stream()
			.filter(m -> m.error() == null)
			.sorted(Comparator.comparingDouble((ReadRows.Measured m) -> m.latencies().ms(0.95)).reversed())
			.limit(10)
			.forEach(m -> line(row(m)));
		return line("");
	}

	private static String row(ReadRows.Measured m) {
		ReadRows.Row r = m.row();
		String accept = r.accept().equals("text/html") || r.accept().equals("application/json") ? ""
				: " (" + shortType(r.accept()) + ")";
		if (m.error() != null) {
			return "| " + r.role() + " | " + r.what() + " | `" + r.path() + "`" + accept + " | | | | | | failed: "
					+ m.error().replace("|", "/") + " |";
		}
		return "| " + r.role() + " | " + r.what() + " | `" + r.path() + "`" + accept + " | " + m.latencies().count() + " | "
				+ Latencies.format(m.latencies().ms(0.5)) + " | " + Latencies.format(m.latencies().ms(0.95)) + " | "
				+ Latencies.format(m.latencies().ms(0.99)) + " | " + String.format(Locale.ROOT, "%,d", m.bytes()) + " | "
				+ (m.over() ? "**over**" : "") + " |";
	}

	private static String shortType(String type) {
		if (type.equals(ReadRows.XLSX)) {
			return "XLSX";
		}
		if (type.equals(ReadRows.DOCX)) {
			return "DOCX";
		}
		return type;
	}

	BenchReport sql(PgBench.Script script) {
		line("## The registration's SQL, as recorded").line("");
		line("One registration through the application in the test's JVM (the same code), every statement on every "
				+ "connection until its event listeners were done; by transaction, with the thread that ran it.").line("");
		int n = 1;
		for (PgBench.Transaction t : script.transactions()) {
			line((n++) + ". `" + t.thread() + "`: " + t.statements().size() + " statement(s)");
			for (SqlRecorder.Execution e : t.statements()) {
				String sql = e.sql().replaceAll("\\s+", " ").strip();
				line("   - `" + (sql.length() > 160 ? sql.substring(0, 157) + "..." : sql).replace("`", "'") + "`");
			}
		}
		return line("");
	}

	private static String perRegistration(double cpuSeconds, long registrations) {
		return cpuSeconds < 0 || registrations == 0 ? "–"
				: String.format(Locale.ROOT, "%.1f", cpuSeconds * 1000 / registrations);
	}

	static String seconds(double s) {
		return s < 0 ? "–" : String.format(Locale.ROOT, "%.1f s", s);
	}
}
