package io.octollm.spi.llm;

/** Author of a chat message. JSON uses the lower-case name. */
public enum Role {
    SYSTEM, USER, ASSISTANT, TOOL
}
