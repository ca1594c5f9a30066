package io.octollm.spi;

/**
 * The version of the contracts in this jar. Providers report the SPI version they were compiled
 * against ({@link io.octollm.spi.arm.ArmCapability#spiVersion()}); the engine refuses a provider
 * whose major version differs from {@link #MAJOR}.
 *
 * <p>Thread-safe: constants only.
 */
public final class SpiVersion {
    /** Major version; incremented on incompatible changes. */
    public static final int MAJOR = 1;
    /** Minor version; incremented on compatible additions. */
    public static final int MINOR = 0;
    /** {@code MAJOR.MINOR} as text, the value providers report. */
    public static final String CURRENT = MAJOR + "." + MINOR;

    private SpiVersion() {
    }

    /**
     * Whether a provider compiled against {@code version} can run on this SPI.
     *
     * @param version a {@code MAJOR.MINOR} string as reported by a provider
     * @return true when the major versions match
     * @throws NullPointerException if {@code version} is null
     */
    public static boolean isCompatible(String version) {
        java.util.Objects.requireNonNull(version, "version");
        int dot = version.indexOf('.');
        String major = dot < 0 ? version : version.substring(0, dot);
        try {
            return Integer.parseInt(major.trim()) == MAJOR;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
