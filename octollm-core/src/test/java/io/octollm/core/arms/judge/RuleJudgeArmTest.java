package io.octollm.core.arms.judge;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleJudgeArmTest {
    private final RuleJudgeArm judge = new RuleJudgeArm(100);

    private ArmResult judge(String output, String... criteria) {
        return judge.execute(new ArmRequest("t", "judge", "validate", Map.of("output", output), null,
                List.of(criteria), null, Instant.now().plusSeconds(5), 1, 1, 1), null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> issues(ArmResult r) {
        return (List<Map<String, Object>>) r.data().get("issues");
    }

    @Test
    void emptyAnswer_invalid() {
        ArmResult r = judge("  ");
        assertThat(r.data().get("valid")).isEqualTo(false);
        assertThat(issues(r)).extracting(i -> i.get("type")).contains("empty");
    }

    @Test
    void tooLong_invalid() {
        assertThat(judge("x".repeat(101)).data().get("valid")).isEqualTo(false);
    }

    @Test
    void containsCriterion_caseInsensitive() {
        assertThat(judge("Found 3 JAVA files", "contains:java").data().get("valid")).isEqualTo(true);
        ArmResult r = judge("Found 3 files", "contains:java");
        assertThat(r.data().get("valid")).isEqualTo(false);
        assertThat(issues(r).get(0).get("suggestion")).isEqualTo("include 'java'");
    }

    @Test
    void lengthAndNotContainsCriteria() {
        assertThat(judge("short", "min_length:10").data().get("valid")).isEqualTo(false);
        assertThat(judge("short", "max_length:10").data().get("valid")).isEqualTo(true);
        assertThat(judge("has secret", "not_contains:secret").data().get("valid")).isEqualTo(false);
    }

    @Test
    void freeTextCriterion_requiresHalfOfItsTerms() {
        assertThat(judge("rate limits refill tokens", "mentions rate limiting").data().get("valid"))
                .isEqualTo(true);
        assertThat(judge("the cache stores answers", "mentions rate limiting").data().get("valid")).isEqualTo(false);
    }

    @Test
    void confidence_isShareOfCriteriaPassed() {
        ArmResult r = judge("java", "contains:java", "contains:python");
        assertThat(r.confidence()).isEqualTo(0.5);
    }

    @Test
    void regexCriterion() {
        assertThat(judge("Found 12 files", "regex:Found \\d+ files").data().get("valid")).isEqualTo(true);
        assertThat(judge("Found many files", "regex:Found \\d+ files").data().get("valid")).isEqualTo(false);
        assertThat(judge("x", "regex:(unclosed").data().get("valid")).isEqualTo(true);
    }

    @Test
    void jsonSchemaCriterion_reportsViolationsWithPaths() {
        String schema = "json_schema:{\"type\":\"object\",\"required\":[\"name\",\"count\"],"
                + "\"properties\":{\"name\":{\"type\":\"string\"},\"count\":{\"type\":\"integer\",\"minimum\":0},"
                + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},"
                + "\"additionalProperties\":false}";
        assertThat(judge("{\"name\":\"a\",\"count\":3,\"tags\":[\"x\"]}", schema).data().get("valid"))
                .isEqualTo(true);
        ArmResult bad = judge("```json\n{\"count\":-1,\"tags\":[1],\"extra\":true}\n```", schema);
        assertThat(bad.data().get("valid")).isEqualTo(false);
        assertThat(issues(bad).get(0).get("message").toString()).contains("missing required property 'name'")
                .contains("$.count: below 0").contains("$.tags[0]: expected").contains("'extra' is not allowed");
        assertThat(judge("not json at all", "json").data().get("valid")).isEqualTo(false);
        assertThat(judge("[1, 2]", "json").data().get("valid")).isEqualTo(true);
    }
}
