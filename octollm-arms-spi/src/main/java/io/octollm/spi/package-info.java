/**
 * Root of the OctoLLM service-provider interface: the exception hierarchy, usage accounting and
 * the SPI version that providers report. This jar depends on the JDK only, so plug-ins compiled
 * against it stay independent of the engine's internals.
 */
package io.octollm.spi;
