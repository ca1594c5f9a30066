package io.octollm.core.testing;

import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/** A scriptable arm for driving the real engine in tests. Records every request it gets. */
public final class FakeArm implements Arm {
    private final ArmCapability capability;
    private final BiFunction<ArmRequest, Integer, ArmResult> behaviour;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<ArmRequest> requests = new CopyOnWriteArrayList<>();

    public FakeArm(String id, Set<String> tags, Set<String> keywords, int maxConcurrency,
            BiFunction<ArmRequest, Integer, ArmResult> behaviour) {
        this.capability = ArmCapability.of(id, "fake arm " + id, tags, keywords, 1, maxConcurrency);
        this.behaviour = behaviour;
    }

    /** An arm tagged {@code id} that echoes "id:instruction" plus its inputs. */
    public static FakeArm echo(String id) {
        return new FakeArm(id, Set.of(id), Set.of(id), 8,
                (r, n) -> ArmResult.ok(id + ":" + r.instruction() + (r.inputs().isEmpty() ? "" : " <- " + r.inputs())));
    }

    public static FakeArm of(String id, BiFunction<ArmRequest, Integer, ArmResult> behaviour) {
        return new FakeArm(id, Set.of(id), Set.of(id), 8, behaviour);
    }

    @Override
    public ArmCapability capability() {
        return capability;
    }

    @Override
    public ArmResult execute(ArmRequest request, ArmContext context) {
        requests.add(request);
        return behaviour.apply(request, calls.incrementAndGet());
    }

    public int calls() {
        return calls.get();
    }

    public List<ArmRequest> requests() {
        return requests;
    }
}
