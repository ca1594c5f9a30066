/**
 * Finding plug-ins: a replaceable {@link io.octollm.core.discovery.ComponentLoader} over
 * {@link java.util.ServiceLoader}, and the {@link io.octollm.core.discovery.ArmCatalog} that
 * turns providers and host-registered arms into one id-keyed set, failing on duplicates.
 */
package io.octollm.core.discovery;
