/** The audit trail: one {@link io.octollm.spi.provenance.ProvenanceRecord} for every arm call. */
package io.octollm.spi.provenance;
