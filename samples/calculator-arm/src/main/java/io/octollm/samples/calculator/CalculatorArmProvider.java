package io.octollm.samples.calculator;

import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmConfig;
import io.octollm.spi.arm.ArmProvider;

/**
 * The {@link java.util.ServiceLoader} entry point of the calculator plug-in, listed in
 * {@code META-INF/services/io.octollm.spi.arm.ArmProvider}. The constructor does nothing; the arm
 * is built in {@link #create}. Setting: {@code calculator.max_concurrency} (default 64).
 * Stateless and thread-safe.
 */
public final class CalculatorArmProvider implements ArmProvider {
    /** Cheap: the arm is built in {@link #create}. */
    public CalculatorArmProvider() {
    }

    /**
     * @throws IllegalArgumentException when {@code calculator.max_concurrency} is not a positive integer
     */
    @Override
    public Arm create(ArmConfig config) {
        ArmConfig c = config == null ? ArmConfig.EMPTY : config;
        int max = c.getInt("calculator.max_concurrency", 64);
        if (max < 1) {
            throw new IllegalArgumentException("calculator.max_concurrency must be at least 1, was " + max);
        }
        return new CalculatorArm(max);
    }
}
