/**
 * The durable task queue: tasks survive a crash, are claimed under a lease renewed by heartbeat,
 * and become claimable again when a worker dies.
 */
package io.octollm.spi.queue;
