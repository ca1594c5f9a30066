package io.octollm.core.discovery;

import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmConfig;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmProvider;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import java.util.Set;

/** Providers listed in the test services files under src/test/resources/discovery. */
public final class TestProviders {
    private TestProviders() {
    }

    static Arm arm(String id) {
        ArmCapability cap = ArmCapability.of(id, "test arm " + id, Set.of("test"), Set.of(id), 2, 1);
        return new Arm() {
            @Override
            public ArmCapability capability() {
                return cap;
            }

            @Override
            public ArmResult execute(ArmRequest request, ArmContext context) {
                return ArmResult.ok(id);
            }
        };
    }

    /** Yields arm "alpha". */
    public static final class Alpha implements ArmProvider {
        @Override
        public Arm create(ArmConfig config) {
            return arm("alpha");
        }
    }

    /** Yields arm "beta". */
    public static final class Beta implements ArmProvider {
        @Override
        public Arm create(ArmConfig config) {
            return arm(config.get("beta.id", "beta"));
        }
    }

    /** Also yields arm "alpha": a duplicate. */
    public static final class AlphaAgain implements ArmProvider {
        @Override
        public Arm create(ArmConfig config) {
            return arm("alpha");
        }
    }

    /** Throws in its constructor, as a broken plug-in would. */
    public static final class BrokenConstructor implements ArmProvider {
        public BrokenConstructor() {
            throw new IllegalStateException("missing native library");
        }

        @Override
        public Arm create(ArmConfig config) {
            return arm("never");
        }
    }

    /** Throws in create. */
    public static final class BrokenCreate implements ArmProvider {
        @Override
        public Arm create(ArmConfig config) {
            throw new IllegalStateException("cannot reach license server");
        }
    }

    /** Reports an incompatible SPI major version. */
    public static final class FutureSpi implements ArmProvider {
        @Override
        public Arm create(ArmConfig config) {
            ArmCapability cap = new ArmCapability("future", "from the future", Set.of("test"), Set.of(), 1, 1, null,
                    null, "9.0.0", "2.0");
            return new Arm() {
                @Override
                public ArmCapability capability() {
                    return cap;
                }

                @Override
                public ArmResult execute(ArmRequest request, ArmContext context) {
                    return ArmResult.ok("future");
                }
            };
        }
    }
}
