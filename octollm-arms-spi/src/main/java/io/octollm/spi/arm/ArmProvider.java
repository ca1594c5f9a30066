package io.octollm.spi.arm;

/**
 * The {@link java.util.ServiceLoader} entry point of a plug-in: list the implementation class in
 * {@code META-INF/services/io.octollm.spi.arm.ArmProvider}. The public no-arg constructor must
 * be cheap and must not fail; the real work happens in {@link #create(ArmConfig)}.
 *
 * <p>A provider that throws while loading or creating is reported (class name and cause) and
 * skipped; two providers yielding the same arm id fail discovery with both class names.
 */
public interface ArmProvider {
    /**
     * Builds the arm.
     *
     * @param config settings for this arm (from the host)
     * @return the arm; never null
     */
    Arm create(ArmConfig config);
}
