package io.octollm.core.arms.coder;

import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmConfig;
import io.octollm.spi.arm.ArmProvider;

/**
 * Builds the {@link CoderArm}. Settings: {@code max_fix_attempts} (0..2, default 2),
 * {@code max_tokens} (default 4000), {@code max_concurrency} (default 4). The no-arg constructor
 * does nothing; {@link #create} throws {@link IllegalArgumentException} for an out-of-range setting.
 * Thread-safe and stateless.
 */
public final class CoderArmProvider implements ArmProvider {
    /** Cheap; the arm is built in {@link #create}. */
    public CoderArmProvider() {
    }

    @Override
    public Arm create(ArmConfig config) {
        ArmConfig c = config == null ? ArmConfig.EMPTY : config;
        return new CoderArm(c.getInt("max_fix_attempts", CoderArm.MAX_FIX_ATTEMPTS), c.getInt("max_tokens", 4000),
                c.getInt("max_concurrency", 4));
    }
}
