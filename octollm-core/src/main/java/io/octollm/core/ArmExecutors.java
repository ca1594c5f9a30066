package io.octollm.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dedicated executor arms run on: virtual threads on Java 21+, otherwise a pool of daemon
 * platform threads that grows to the global arm-call limit and shrinks when idle.
 */
final class ArmExecutors {
    private ArmExecutors() {
    }

    static boolean virtualThreadsAvailable() {
        return Runtime.version().feature() >= 21;
    }

    static ExecutorService create(int maxThreads, boolean preferVirtual) {
        if (preferVirtual && virtualThreadsAvailable()) {
            try {
                return (ExecutorService) MethodHandles.publicLookup()
                        .findStatic(java.util.concurrent.Executors.class, "newVirtualThreadPerTaskExecutor",
                                MethodType.methodType(ExecutorService.class))
                        .invoke();
            } catch (Throwable e) {
                // fall through to platform threads
            }
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(Math.min(4, maxThreads), maxThreads + 16, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemonFactory("octollm-arm-"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    static ThreadFactory daemonFactory(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
