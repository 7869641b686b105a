package org.sgbridge.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestFiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An upload is scanned before it takes its number: while one submission's scan is slow, another to
 * the same meeting (the same numbering series) goes through, and the numbers stay consecutive.
 */
class ContributionScanOrderTests extends ApiTest {

	static final SlowClamd CLAMD = new SlowClamd();

	@DynamicPropertySource
	static void clamd(DynamicPropertyRegistry registry) {
		registry.add("sgbridge.clamd", () -> "127.0.0.1:" + CLAMD.port());
	}

	@AfterAll
	static void stop() throws IOException {
		CLAMD.close();
	}

	@Test
	void aSlowScanDoesNotHoldUpAnotherSubmissionToTheSameMeeting() throws Exception {
		Api staff = api.bearer(pilot.secretariat());
		LocalDate today = LocalDate.now();
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", "ITU-T-SG11", "kind", "STUDY_GROUP", "title",
				"Scan order", "startDate", today.plusDays(30).toString(), "endDate", today.plusDays(31).toString(),
				"registrationOpens", today.toString(), "registrationCloses", today.plusDays(20).toString(),
				"contributionDeadline", today.plusDays(10).toString()));
		String meeting = staff.post("/api/v1/meetings", body).json().path("id").asString();
		Person slow = participant("NO", meeting);
		Person quick = participant("FI", meeting);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CLAMD.holdNext();
			Future<Api.Response> first = pool.submit(() -> submit(slow, meeting, "The slow one"));
			assertThat(CLAMD.held.await(20, TimeUnit.SECONDS)).as("the first upload is being scanned").isTrue();

			Future<Api.Response> second = pool.submit(() -> submit(quick, meeting, "The quick one"));
			Api.Response quickOne = second.get(8, TimeUnit.SECONDS);
			assertThat(quickOne.status()).as("%s", quickOne).isEqualTo(201);

			CLAMD.release.countDown();
			Api.Response slowOne = first.get(30, TimeUnit.SECONDS);
			assertThat(slowOne.status()).as("%s", slowOne).isEqualTo(201);
			int q = number(quickOne);
			int s = number(slowOne);
			assertThat(s).as("numbered when its scan had passed, after the quick one").isEqualTo(q + 1);
		}
		finally {
			CLAMD.release.countDown();
			pool.shutdownNow();
		}
	}

	private static int number(Api.Response created) {
		String n = created.json().path("number").asString();
		return Integer.parseInt(n.substring(n.lastIndexOf('-') + 1));
	}

	private Api.Response submit(Person who, String meeting, String title) {
		return api.bearer(who.token()).postMultipart("/api/v1/meetings/" + meeting + "/contributions",
				Map.of("title", title), title.replace(' ', '-') + ".pdf", TestFiles.pdf(title + " about accessible terminals"));
	}

	private Person participant(String country, String meeting) {
		Person dfp = pilot.dfp(country);
		assertThat(api.bearer(dfp.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", pilot.administrationOf(country), "mode", "REMOTE")).json().path("status").asString())
			.isEqualTo("VALIDATED");
		return dfp;
	}

	/** A clamd that answers OK to every stream, holding the answer to one on request until released. */
	static final class SlowClamd implements AutoCloseable {

		private final ServerSocket server;
		private final AtomicInteger holdNext = new AtomicInteger();
		final CountDownLatch held = new CountDownLatch(1);
		final CountDownLatch release = new CountDownLatch(1);

		SlowClamd() {
			try {
				server = new ServerSocket(0);
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
			Thread accept = new Thread(() -> {
				while (!server.isClosed()) {
					try {
						Socket socket = server.accept();
						boolean hold = holdNext.getAndSet(0) == 1;
						new Thread(() -> answer(socket, hold)).start();
					}
					catch (IOException e) {
						return;
					}
				}
			}, "slow-clamd");
			accept.setDaemon(true);
			accept.start();
		}

		int port() {
			return server.getLocalPort();
		}

		void holdNext() {
			holdNext.set(1);
		}

		private void answer(Socket socket, boolean hold) {
			try (socket) {
				DataInputStream in = new DataInputStream(socket.getInputStream());
				in.readFully(new byte[10]); // zINSTREAM\0
				int length;
				while ((length = in.readInt()) > 0) {
					in.readFully(new byte[length]);
				}
				if (hold) {
					held.countDown();
					release.await(30, TimeUnit.SECONDS);
				}
				OutputStream out = socket.getOutputStream();
				out.write("stream: OK\0".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			catch (IOException | InterruptedException e) {
				// the test has ended
			}
		}

		@Override
		public void close() throws IOException {
			server.close();
		}
	}
}
