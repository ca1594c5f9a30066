package io.octollm.core.llm;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Call;

/**
 * Cancels blocking HTTP calls whose thread has been interrupted. A socket read does not notice
 * {@link Thread#interrupt()}, so one daemon thread looks at the registered calls every
 * {@value #PERIOD_MILLIS} ms and cancels those whose caller was interrupted (as the engine does on a
 * step timeout). Registration is a map insert, so blocking calls stay on the caller's thread.
 * Thread-safe.
 */
final class InterruptWatch {
    static final long PERIOD_MILLIS = 25;

    private static final ConcurrentHashMap<Call, Thread> CALLS = new ConcurrentHashMap<>();
    private static final ReentrantLock START_LOCK = new ReentrantLock();
    private static volatile ScheduledExecutorService timer;

    private InterruptWatch() {
    }

    /** Watches {@code call} on behalf of the current thread until {@link #unwatch}. */
    static void watch(Call call) {
        CALLS.put(call, Thread.currentThread());
        if (timer == null) {
            start();
        }
    }

    static void unwatch(Call call) {
        CALLS.remove(call);
    }

    private static void start() {
        START_LOCK.lock();
        try {
            if (timer != null) {
                return;
            }
            ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "octollm-llm-interrupt-watch");
                thread.setDaemon(true);
                return thread;
            });
            t.scheduleWithFixedDelay(InterruptWatch::scan, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
            timer = t;
        } finally {
            START_LOCK.unlock();
        }
    }

    private static void scan() {
        CALLS.forEach((call, thread) -> {
            if (thread.isInterrupted()) {
                call.cancel();
                CALLS.remove(call);
            }
        });
    }
}
