package org.sgbridge.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The application's clock: the system clock unless told otherwise. The demo loader replays history
 * with {@link #runAt} (for the current thread only, so live requests keep the real time); tests
 * may move the whole application in time with {@link #setInstant}.
 */
public final class AdjustableClock extends Clock {

	private final ThreadLocal<Instant> threadInstant = new ThreadLocal<>();
	private final AtomicReference<Instant> globalInstant = new AtomicReference<>();
	private final Clock system;

	public AdjustableClock(Clock system) {
		this.system = system;
	}

	public static AdjustableClock system() {
		return new AdjustableClock(Clock.systemUTC());
	}

	/** Runs the work with this thread's time set to {@code at}. */
	public <T> T runAt(Instant at, Supplier<T> work) {
		Instant previous = threadInstant.get();
		threadInstant.set(at);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				threadInstant.remove();
			}
			else {
				threadInstant.set(previous);
			}
		}
	}

	public void runAt(Instant at, Runnable work) {
		runAt(at, () -> {
			work.run();
			return null;
		});
	}

	/** Sets the time of every thread; {@code null} goes back to the system clock. */
	public void setInstant(Instant instant) {
		globalInstant.set(instant);
	}

	@Override
	public Instant instant() {
		Instant local = threadInstant.get();
		if (local != null) {
			return local;
		}
		Instant global = globalInstant.get();
		return global != null ? global : system.instant();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}
}
