package io.octollm.spi.arm;

/**
 * A specialist that performs one kind of step. Implementations must be thread-safe: the engine
 * calls {@link #execute} concurrently, up to {@link ArmCapability#maxConcurrency()} at once.
 *
 * <p>Arms report failures as {@link ArmResult#failure(ArmError)} rather than throwing. They
 * should respond to thread interruption (the engine interrupts a call on timeout or cancel) and
 * honour {@link ArmRequest#deadline()}.
 */
public interface Arm {
    /** @return what this arm does; must return the same value on every call */
    ArmCapability capability();

    /**
     * Runs one step.
     *
     * @param request the step, its inputs and limits
     * @param context models, stores, workspace and clock
     * @return the result; never null
     */
    ArmResult execute(ArmRequest request, ArmContext context);
}
