-- OctoLLM JDBC schema, version 1, PostgreSQL (14+; 15+ in production).
-- Statements end with ';' at the end of a line. Applied in one transaction by JdbcStores when
-- migrate(true); a DBA can print it with JdbcStores.schemaScript("postgresql") and apply it by hand
-- (use CREATE INDEX CONCURRENTLY on a populated database).
-- JSON values are stored as TEXT written by the module's own codec.

CREATE TABLE tasks (
    id                VARCHAR(128) PRIMARY KEY,
    goal              TEXT NOT NULL,
    status            VARCHAR(16) NOT NULL DEFAULT 'pending',
    priority          SMALLINT NOT NULL DEFAULT 1,
    user_id           VARCHAR(128),
    tenant_id         VARCHAR(128),
    parent_task_id    VARCHAR(128),
    contract          TEXT,
    stop_reason       VARCHAR(32),
    message           TEXT,
    output            TEXT,
    plan              TEXT,
    issues            TEXT,
    timings           TEXT,
    repair_rounds     INT NOT NULL DEFAULT 0,
    prompt_tokens     BIGINT NOT NULL DEFAULT 0,
    completion_tokens BIGINT NOT NULL DEFAULT 0,
    cost_usd          DOUBLE PRECISION NOT NULL DEFAULT 0,
    submitted_at      TIMESTAMP WITH TIME ZONE,
    completed_at      TIMESTAMP WITH TIME ZONE,
    revision          BIGINT NOT NULL DEFAULT 0,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX idx_tasks_status_priority ON tasks (status, priority DESC);
CREATE INDEX idx_tasks_user_created ON tasks (user_id, created_at DESC);
CREATE INDEX idx_tasks_created ON tasks (created_at DESC);
CREATE INDEX idx_tasks_active ON tasks (created_at DESC) WHERE status IN ('pending', 'running');

CREATE TABLE step_results (
    task_id              VARCHAR(128) NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    step_id              VARCHAR(64) NOT NULL,
    ordinal              INT NOT NULL,
    arm_id               VARCHAR(128),
    status               VARCHAR(16) NOT NULL,
    output               TEXT NOT NULL,
    data                 TEXT NOT NULL,
    confidence           DOUBLE PRECISION NOT NULL,
    attempts             INT NOT NULL,
    prompt_tokens        BIGINT NOT NULL,
    completion_tokens    BIGINT NOT NULL,
    cost_usd             DOUBLE PRECISION NOT NULL,
    error_code           VARCHAR(128),
    error_category       VARCHAR(32),
    error_message        TEXT,
    error_retryable      BOOLEAN,
    error_retry_after_ms BIGINT,
    started_at           TIMESTAMP WITH TIME ZONE,
    duration_ns          BIGINT NOT NULL,
    revision             BIGINT NOT NULL,
    PRIMARY KEY (task_id, step_id)
);

CREATE TABLE action_log (
    task_id           VARCHAR(128) NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    step_id           VARCHAR(64) NOT NULL,
    arm_id            VARCHAR(128) NOT NULL,
    attempt           INT NOT NULL,
    seq               INT NOT NULL,
    model             VARCHAR(200),
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ns       BIGINT NOT NULL,
    input_hash        VARCHAR(64) NOT NULL,
    output_hash       VARCHAR(64),
    command_hash      VARCHAR(64),
    confidence        DOUBLE PRECISION NOT NULL,
    prompt_tokens     BIGINT NOT NULL,
    completion_tokens BIGINT NOT NULL,
    cost_usd          DOUBLE PRECISION NOT NULL,
    outcome           VARCHAR(16) NOT NULL,
    error_code        VARCHAR(128),
    CONSTRAINT uq_action_log_call PRIMARY KEY (task_id, step_id, arm_id, attempt)
);
CREATE INDEX idx_action_log_arm ON action_log (arm_id);
CREATE INDEX idx_action_log_started ON action_log (started_at DESC);

CREATE TABLE task_queue (
    task_id      VARCHAR(128) PRIMARY KEY REFERENCES tasks (id) ON DELETE CASCADE,
    priority     SMALLINT NOT NULL,
    state        VARCHAR(8) NOT NULL,
    worker_id    VARCHAR(128),
    available_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempt      INT NOT NULL DEFAULT 0,
    enqueued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_task_queue_claim ON task_queue (priority DESC, enqueued_at, task_id)
    WHERE state IN ('ready', 'claimed');

CREATE TABLE documents (
    id         VARCHAR(512) PRIMARY KEY,
    source     VARCHAR(2000) NOT NULL,
    content    TEXT NOT NULL,
    metadata   TEXT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    tsv        tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED
);
CREATE INDEX idx_documents_tsv_gin ON documents USING GIN (tsv);

CREATE TABLE entities (
    id          VARCHAR(256) PRIMARY KEY,
    entity_type VARCHAR(100) NOT NULL,
    name        VARCHAR(1000) NOT NULL,
    description TEXT NOT NULL,
    properties  TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_entities_type ON entities (entity_type);
CREATE INDEX idx_entities_name_gin ON entities USING GIN (to_tsvector('english', name));

CREATE TABLE relationships (
    source_id         VARCHAR(256) NOT NULL,
    target_id         VARCHAR(256) NOT NULL,
    relationship_type VARCHAR(100) NOT NULL,
    weight            DOUBLE PRECISION NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source_id, target_id, relationship_type)
);
CREATE INDEX idx_relationships_target ON relationships (target_id);
CREATE INDEX idx_relationships_type ON relationships (relationship_type);

CREATE TABLE task_history (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    task_id     VARCHAR(128) NOT NULL,
    user_id     VARCHAR(128),
    goal        TEXT NOT NULL,
    status      VARCHAR(16) NOT NULL,
    summary     TEXT NOT NULL,
    duration_ns BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_task_history_task ON task_history (task_id);
CREATE INDEX idx_task_history_user_created ON task_history (user_id, created_at DESC);
CREATE INDEX idx_task_history_created_brin ON task_history USING BRIN (created_at);

CREATE TABLE cache_entries (
    cache_key   VARCHAR(1024) PRIMARY KEY,
    cache_value TEXT NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_cache_entries_expires ON cache_entries (expires_at);
CREATE INDEX idx_cache_entries_key_prefix ON cache_entries (cache_key text_pattern_ops);

CREATE TABLE cache_tags (
    tag       VARCHAR(256) NOT NULL,
    cache_key VARCHAR(1024) NOT NULL REFERENCES cache_entries (cache_key) ON DELETE CASCADE,
    PRIMARY KEY (tag, cache_key)
);
CREATE INDEX idx_cache_tags_key ON cache_tags (cache_key);

CREATE TABLE rate_buckets (
    bucket_key     VARCHAR(512) PRIMARY KEY,
    tokens         DOUBLE PRECISION NOT NULL,
    last_refill_ms BIGINT NOT NULL,
    last_allowed   BOOLEAN NOT NULL
);
