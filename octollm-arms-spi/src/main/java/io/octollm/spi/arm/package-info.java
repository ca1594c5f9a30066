/**
 * The contract a plug-in implements: an {@link io.octollm.spi.arm.Arm} with its
 * {@link io.octollm.spi.arm.ArmCapability}, built by an {@link io.octollm.spi.arm.ArmProvider}
 * that {@link java.util.ServiceLoader} discovers through {@code META-INF/services}.
 */
package io.octollm.spi.arm;
