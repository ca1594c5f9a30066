/**
 * JMH benchmarks of the OpenAI-compatible client against a loopback server: small chat calls with
 * connection reuse (requests per second) and the latency the client adds over a bare OkHttp call.
 */
package io.octollm.benchmarks.llm;
