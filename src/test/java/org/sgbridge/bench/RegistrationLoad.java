package org.sgbridge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The registration rush: distinct participants ({@code bench-p<n>}, each with its own API token)
 * registering in person for meetings whose registration is open, as a registration opening brings
 * them. Each request takes the next unused pair (participant, meeting): the meetings are filled
 * one after another, so that concurrent requests meet on the same meeting, as they do at an
 * opening. Either closed (clients without pause) or open (requests at fixed times, late ones
 * timed from when they were due).
 */
final class RegistrationLoad {

	/** What a run measured. */
	record Result(String name, int clients, double seconds, long ok, Map<Integer, Long> failures, Latencies latencies,
			boolean exhausted, double appCpuSeconds, double clientCpuSeconds) {

		double throughput() {
			return ok / seconds;
		}

		/** The same, with the CPU time that the application and this JVM (the load's clients) used meanwhile. */
		Result cpu(double app, double client) {
			return new Result(name, clients, seconds, ok, failures, latencies, exhausted, app, client);
		}
	}

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();
	private final String base;
	private final String organizationId;
	private final List<String> meetings;
	private final int participants;
	private final int first;
	private final AtomicLong next = new AtomicLong();

	/** Participants {@code first} to {@code first + participants - 1}, for these meetings in turn. */
	RegistrationLoad(String base, String organizationId, List<String> meetings, int participants, int first) {
		this.base = base;
		this.first = first;
		this.organizationId = organizationId;
		this.meetings = meetings;
		this.participants = participants;
	}

	/** The registrations made so far (every pair taken, answered or not). */
	long taken() {
		return next.get();
	}

	/** {@code clients} clients registering without pause for {@code seconds}. */
	Result closed(String name, int clients, int seconds) throws InterruptedException {
		List<Long> timings = Collections.synchronizedList(new ArrayList<>());
		Map<Integer, Long> failures = new ConcurrentHashMap<>();
		AtomicLong ok = new AtomicLong();
		boolean[] exhausted = { false };
		long start = System.nanoTime();
		long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			threads.add(start("bench-closed-" + c, () -> {
				while (System.nanoTime() < deadline) {
					HttpRequest request = nextRequest();
					if (request == null) {
						exhausted[0] = true;
						return;
					}
					long t0 = System.nanoTime();
					int status = send(request);
					record(status, System.nanoTime() - t0, timings, failures, ok);
				}
			}));
		}
		for (Thread t : threads) {
			t.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		return new Result(name, clients, elapsed, ok.get(), new TreeMap<>(failures), Latencies.of(timings), exhausted[0], -1, -1);
	}

	/**
	 * An open workload: {@code rate} registrations a second for {@code seconds}, due at fixed times
	 * and sent by {@code users} threads; each is timed from the moment it was due, so a request that
	 * waits for a free user counts its wait.
	 */
	Result open(String name, int users, int rate, int seconds) throws InterruptedException {
		List<Long> timings = Collections.synchronizedList(new ArrayList<>());
		Map<Integer, Long> failures = new ConcurrentHashMap<>();
		AtomicLong ok = new AtomicLong();
		AtomicLong due = new AtomicLong();
		long total = (long) rate * seconds;
		long interval = TimeUnit.SECONDS.toNanos(1) / rate;
		boolean[] exhausted = { false };
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
		List<Thread> threads = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			threads.add(start("bench-open-" + u, () -> {
				for (long i = due.getAndIncrement(); i < total; i = due.getAndIncrement()) {
					long at = start + i * interval;
					long wait;
					while ((wait = at - System.nanoTime()) > 0) {
						LockSupport.parkNanos(wait);
					}
					HttpRequest request = nextRequest();
					if (request == null) {
						exhausted[0] = true;
						return;
					}
					int status = send(request);
					record(status, System.nanoTime() - at, timings, failures, ok);
				}
			}));
		}
		for (Thread t : threads) {
			t.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		return new Result(name, users, elapsed, ok.get(), new TreeMap<>(failures), Latencies.of(timings), exhausted[0], -1, -1);
	}

	private static Thread start(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.start();
		return thread;
	}

	private HttpRequest nextRequest() {
		long k = next.getAndIncrement();
		int meeting = (int) (k / participants);
		if (meeting >= meetings.size()) {
			return null;
		}
		int participant = first + (int) (k % participants);
		return HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings/" + meetings.get(meeting) + "/registrations"))
			.header("Authorization", "Bearer " + BenchFixtures.token(participant))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"organizationId\":\"" + organizationId + "\",\"mode\":\"IN_PERSON\",\"visaSupport\":false}"))
			.build();
	}

	private int send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception e) {
			return -1;
		}
	}

	private static void record(int status, long nanos, List<Long> timings, Map<Integer, Long> failures, AtomicLong ok) {
		if (status == 201) {
			timings.add(nanos);
			ok.incrementAndGet();
		}
		else {
			failures.merge(status, 1L, Long::sum);
		}
	}
}
