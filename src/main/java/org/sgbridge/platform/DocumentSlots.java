package org.sgbridge.platform;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How many large documents (the Council and BSG reports as DOCX and PDF) a node makes at once: each
 * holds tens of megabytes while it is built, so that five at once exhausted the heap the README
 * recommends (192 MB). Others wait their turn, first come first served; one that waits longer than
 * {@code sgbridge.documents.wait} is answered 503 {@code busy} with a time to try again.
 */
@Component
public class DocumentSlots {

	private final Semaphore slots;
	private final Duration wait;

	DocumentSlots(@Value("${sgbridge.documents.concurrent:2}") int concurrent,
			@Value("${sgbridge.documents.wait:PT60S}") Duration wait) {
		this.slots = new Semaphore(Math.max(1, concurrent), true);
		this.wait = wait;
	}

	/** Makes a document in a slot, waiting for one if all are taken. */
	public <T> T make(Supplier<T> document) {
		boolean acquired;
		try {
			acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			throw new Problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "problem.busy.detail").retryAfter(Duration.ofSeconds(30));
		}
		try {
			return document.get();
		}
		finally {
			slots.release();
		}
	}

	/** {@link #make(Supplier)} for a document written to a stream. */
	public void make(Runnable document) {
		make(() -> {
			document.run();
			return null;
		});
	}
}
