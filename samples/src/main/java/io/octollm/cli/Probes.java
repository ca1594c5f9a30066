package io.octollm.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Process measurements the load harnesses share: CPU time and a heap-peak sampler. */
final class Probes {
    private Probes() {
    }

    /** @return CPU time this process has used, in nanoseconds, or -1 when the JVM does not say */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Samples the used heap every 20 ms from construction until {@link #stopMb()}. */
    static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        HeapSampler() {
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            peak.set(mem.getHeapMemoryUsage().getUsed());
            thread = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        /** @return the peak used heap in MB; stops sampling */
        double stopMb() {
            thread.interrupt();
            return peak.get() / (1024.0 * 1024.0);
        }
    }
}
