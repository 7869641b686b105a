package org.sgbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Large documents are made a few at a time; one that waits too long is told to come back. */
class DocumentSlotsTests {

	@Test
	void noMoreDocumentsAreMadeAtOnceThanThereAreSlots() throws Exception {
		DocumentSlots slots = new DocumentSlots(2, Duration.ofSeconds(10));
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch finish = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			java.util.List<Future<Integer>> made = new java.util.ArrayList<>();
			for (int i = 0; i < 6; i++) {
				int n = i;
				made.add(pool.submit(() -> slots.make(() -> {
					most.accumulateAndGet(running.incrementAndGet(), Math::max);
					try {
						finish.await(5, TimeUnit.SECONDS);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					running.decrementAndGet();
					return n;
				})));
			}
			// Two are made while the four others wait for a slot, and stay waiting while the two are held.
			org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> running.get() == 2);
			org.awaitility.Awaitility.await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1))
				.until(() -> running.get() == 2);
			finish.countDown();
			for (int i = 0; i < 6; i++) {
				assertThat(made.get(i).get(5, TimeUnit.SECONDS)).isEqualTo(i);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(most.get()).isEqualTo(2);
	}

	@Test
	void oneThatWaitsLongerThanAllowedIsAnswered503Busy() throws Exception {
		DocumentSlots slots = new DocumentSlots(1, Duration.ofMillis(100));
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		Thread holder = new Thread(() -> slots.make(() -> {
			inside.countDown();
			try {
				done.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}));
		holder.start();
		assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
		assertThatThrownBy(() -> slots.make(() -> "late")).isInstanceOfSatisfying(Problem.class, p -> {
			assertThat(p.status().value()).isEqualTo(503);
			assertThat(p.slug()).isEqualTo("busy");
			assertThat(p.retryAfter()).isPositive();
		});
		done.countDown();
		holder.join();
		assertThat(slots.make(() -> "after")).isEqualTo("after");
	}
}
