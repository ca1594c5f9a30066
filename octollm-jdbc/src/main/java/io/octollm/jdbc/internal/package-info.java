/**
 * Internal, may change: the JDBC plumbing shared by the stores (connection and error handling,
 * the SQL dialect seam, schema migration, a small JSON codec and the task record codec). Not API.
 */
package io.octollm.jdbc.internal;
