/** The retriever arm: indexes a folder of documents into the memory store and answers with ranked, cited passages. */
package io.octollm.core.arms.retriever;
