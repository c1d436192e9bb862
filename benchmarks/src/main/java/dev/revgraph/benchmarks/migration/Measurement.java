package dev.revgraph.benchmarks.migration;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Wall time, heap and allocation of one measured stretch of this thread.
 *
 * <p>Peak heap is the sum of the heap pools' peak usage ({@link MemoryPoolMXBean#getPeakUsage()}, reset
 * at the start): an upper bound of the true peak (the pools peak at different moments) that counts
 * garbage not yet collected. Allocation is what this thread allocated
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}): every tool here does its work on
 * the calling thread, so it is the tool's whole allocation.
 */
final class Measurement {

    private final long startNanos;

    private final long startAllocated;

    private Measurement() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        this.startAllocated = allocated();
        this.startNanos = System.nanoTime();
    }

    static Measurement start() {
        return new Measurement();
    }

    Sample stop() {
        long nanos = System.nanoTime() - this.startNanos;
        long allocated = allocated() - this.startAllocated;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Sample(nanos / 1_000_000.0, peak, allocated);
    }

    private static long allocated() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
            return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }

    /**
     * @param millis wall time
     * @param peakHeapBytes the heap pools' summed peaks
     * @param allocatedBytes bytes this thread allocated
     */
    record Sample(double millis, long peakHeapBytes, long allocatedBytes) {
    }
}
