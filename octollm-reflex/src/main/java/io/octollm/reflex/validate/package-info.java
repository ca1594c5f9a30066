/**
 * Input validation for the reflex chain: length, blank text, unpaired surrogates, control
 * characters, and per-field limits on ids and metadata. Bad input becomes a list of messages,
 * never an exception.
 */
package io.octollm.reflex.validate;
