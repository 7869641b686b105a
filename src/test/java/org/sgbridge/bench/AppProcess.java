package org.sgbridge.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The application as it runs in production: its own JVM, the packaged jar ({@code java -jar}, or
 * extracted with a class data archive as the README recommends) when the build made one that is
 * newer than the compiled classes, else the main class on the run-time class path, pointed at the
 * benchmark's database. Times its start to the first answered
 * request and reads its resident memory from {@code /proc}.
 */
final class AppProcess implements AutoCloseable {

	private final Process process;
	private final int port;
	private final String launch;
	private final long startNanos;
	private long startupMillis = -1;
	private double startupCpuSeconds = -1;

	private AppProcess(Process process, int port, String launch, long startNanos) {
		this.process = process;
		this.port = port;
		this.launch = launch;
		this.startNanos = startNanos;
	}

	/** How the application is launched. */
	enum Launch {
		/** {@code java -jar} on the packaged jar (the main class on the class path when there is no fresh jar). */
		JAR,
		/**
		 * As the README recommends for production: the jar extracted ({@code -Djarmode=tools extract}), with a
		 * class data archive made by a training run that stops after the context's refresh.
		 */
		PRODUCTION
	}

	/**
	 * Launches the application on a free port with these JVM options (and the database's settings
	 * as environment variables, with {@code settings} among them), its output in {@code log}.
	 */
	static AppProcess launch(String databaseUrl, List<String> jvmOptions, Map<String, String> settings, Path log, Launch how)
			throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(jvmOptions);
		Optional<Path> jar = freshJar();
		String launch;
		if (jar.isPresent() && how == Launch.PRODUCTION) {
			Path app = extract(java, jar.get());
			Path extracted = app.resolve(jar.get().getFileName());
			Path archive = app.resolve("application.jsa");
			List<String> training = new ArrayList<>(command);
			training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
					extracted.toString()));
			run(environment(new ProcessBuilder(training), databaseUrl, freePort(), settings).redirectErrorStream(true)
				.redirectOutput(log.resolveSibling(log.getFileName() + ".training").toFile()), "the class data archive's training run");
			if (!Files.isRegularFile(archive)) {
				throw new IllegalStateException("the training run made no class data archive: " + archive);
			}
			command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString()));
			launch = "java -XX:SharedArchiveFile=application.jsa -jar " + jar.get().getFileName()
					+ "` (extracted with `-Djarmode=tools extract`, the class data archive from a training run with "
					+ "`-XX:ArchiveClassesAtExit -Dspring.context.exit=onRefresh`)";
		}
		else if (jar.isPresent()) {
			command.add("-jar");
			command.add(jar.get().toString());
			launch = "java -jar " + jar.get().getFileName() + "`";
		}
		else {
			command.add("-cp");
			command.add(runtimeClassPath());
			command.add("org.sgbridge.SgBridgeApplication");
			launch = "java -cp <classes and dependencies> org.sgbridge.SgBridgeApplication` (no fresh jar)";
		}
		int port = freePort();
		ProcessBuilder builder = environment(new ProcessBuilder(command), databaseUrl, port, settings).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		AppProcess app = new AppProcess(process, port, "`" + launch, start);
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return app;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static ProcessBuilder environment(ProcessBuilder builder, String databaseUrl, int port, Map<String, String> settings) {
		Map<String, String> env = builder.environment();
		env.keySet().removeIf(k -> k.startsWith("SGBRIDGE_TEST_") || k.startsWith("SPRING_"));
		env.putAll(settings);
		env.put("SGBRIDGE_DB_URL", databaseUrl);
		env.put("SGBRIDGE_DB_USER", "postgres");
		env.put("SGBRIDGE_DB_PASSWORD", "");
		env.put("SGBRIDGE_DEMO", "false");
		env.put("SGBRIDGE_FILES", Path.of("target", "bench-files").toAbsolutePath().toString());
		env.put("PORT", Integer.toString(port));
		return builder;
	}

	/** The jar extracted afresh into {@code target/bench-app}. */
	private static Path extract(String java, Path jar) throws IOException, InterruptedException {
		Path app = Path.of("target", "bench-app").toAbsolutePath();
		if (Files.exists(app)) {
			try (Stream<Path> old = Files.walk(app)) {
				for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
		run(new ProcessBuilder(java, "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
				app.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD), "the jar's extraction");
		return app;
	}

	private static void run(ProcessBuilder builder, String what) throws IOException, InterruptedException {
		Process process = builder.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(what + " did not end within 5 minutes");
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(what + " ended with exit " + process.exitValue());
		}
	}

	/** The jar that {@code package} made, when it is newer than every compiled class. */
	private static Optional<Path> freshJar() throws IOException {
		Path target = Path.of("target");
		if (!Files.isDirectory(target) || "classpath".equals(System.getProperty("sgbridge.bench.launch"))) {
			return Optional.empty();
		}
		Optional<Path> jar;
		try (Stream<Path> files = Files.list(target)) {
			jar = files.filter(f -> f.getFileName().toString().matches("sgbridge-.*\\.jar")).findFirst();
		}
		if (jar.isEmpty()) {
			return jar;
		}
		long built = Files.getLastModifiedTime(jar.get()).toMillis();
		try (Stream<Path> classes = Files.walk(target.resolve("classes"))) {
			boolean newer = classes.filter(Files::isRegularFile).anyMatch(f -> {
				try {
					return Files.getLastModifiedTime(f).toMillis() > built;
				}
				catch (IOException e) {
					return true;
				}
			});
			return newer ? Optional.empty() : jar;
		}
	}

	/** The test's class path without the test classes (whose initializer would turn it into a test context). */
	private static String runtimeClassPath() {
		String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(path.split(File.pathSeparator))
			.filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes" + File.separator))
			.collect(Collectors.joining(File.pathSeparator));
	}

	/** Waits for the first answered request to {@code /}; returns the milliseconds since the launch. */
	long awaitFirstAnswer(Duration timeout) {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/")).timeout(Duration.ofSeconds(10)).build();
		org.awaitility.Awaitility.await("the application's first answer")
			.atMost(timeout.minusNanos(System.nanoTime() - startNanos))
			.pollInterval(Duration.ofMillis(25))
			.pollInSameThread()
			.until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("the application stopped at start (exit " + process.exitValue() + ")");
				}
				try {
					return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
				}
				catch (IOException e) {
					return false; // not listening yet
				}
			});
		startupMillis = (System.nanoTime() - startNanos) / 1_000_000;
		startupCpuSeconds = cpuSeconds();
		return startupMillis;
	}

	String base() {
		return "http://localhost:" + port;
	}

	int port() {
		return port;
	}

	String launch() {
		return launch;
	}

	long startupMillis() {
		return startupMillis;
	}

	double startupCpuSeconds() {
		return startupCpuSeconds;
	}

	/** Resident memory now and at its peak (VmRSS, VmHWM), in MiB. */
	long[] residentMiB() {
		long rss = -1;
		long peak = -1;
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					rss = kib(line) / 1024;
				}
				else if (line.startsWith("VmHWM:")) {
					peak = kib(line) / 1024;
				}
			}
		}
		catch (IOException e) {
			// not on Linux, or gone
		}
		return new long[] { rss, peak };
	}

	/** User and system CPU time the process has used, in seconds (clock ticks of 1/100 s). */
	double cpuSeconds() {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
		}
		catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	private static long kib(String line) {
		return Long.parseLong(line.replaceAll("[^0-9]", ""));
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}
}
