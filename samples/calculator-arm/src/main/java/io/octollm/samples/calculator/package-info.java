/**
 * A sample plug-in arm: a calculator that evaluates arithmetic expressions found in a step's
 * instruction ("calculate 2 * (3 + 4)"). It compiles against {@code octollm-arms-spi} only and is
 * registered through {@code META-INF/services/io.octollm.spi.arm.ArmProvider}, so putting its jar
 * on the class path next to {@code octollm.jar} is all it takes for the engine to route to it.
 */
package io.octollm.samples.calculator;
