package io.octollm.benchmarks.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {
    private static String run(String benchmark, String mode, int threads, String params, double score, String unit,
                              String extra) {
        return "{\"benchmark\":\"io.octollm.benchmarks.engine." + benchmark + "\",\"mode\":\"" + mode
                + "\",\"threads\":" + threads + ",\"params\":{" + params + "},\"primaryMetric\":{\"score\":" + score
                + ",\"scoreUnit\":\"" + unit + "\"" + extra + "},\"secondaryMetrics\":{}}";
    }

    @Test
    void parse_convertsUnits_andReadsParamsAndPercentiles() {
        String json = "[" + run("EngineVsLangChain4jBenchmark.run", "thrpt", 2,
                "\"framework\":\"octollm\",\"shape\":\"seq5\"", 86.0, "ops/ms", "") + ","
                + run("EngineOverheadBenchmark.run", "sample", 1, "\"shape\":\"dag5\",\"pipeline\":\"bare\"", 9000.0,
                "ns/op", ",\"scorePercentiles\":{\"50.0\":8000.0,\"99.0\":30000.0}") + "]";
        List<Summary.Row> rows = Summary.parse(json);
        assertThat(rows).hasSize(2);
        Summary.Row t = rows.get(0);
        assertThat(t.cls()).isEqualTo("EngineVsLangChain4jBenchmark");
        assertThat(t.method()).isEqualTo("run");
        assertThat(t.threads()).isEqualTo(2);
        assertThat(t.param("shape")).isEqualTo("seq5");
        assertThat(t.opsPerSecond()).isEqualTo(86_000.0);
        Summary.Row s = rows.get(1);
        assertThat(s.avgMicros()).isEqualTo(9.0);
        assertThat(s.p50Micros()).isEqualTo(8.0);
        assertThat(s.p99Micros()).isEqualTo(30.0);
        assertThat(s.opsPerSecond()).isNaN();
    }

    @Test
    void print_versusTable_showsRatioAndPerTaskMicros() {
        String json = "[" + run("EngineVsLangChain4jBenchmark.run", "thrpt", 1,
                "\"framework\":\"octollm\",\"shape\":\"seq5\"", 100_000.0, "ops/s", "") + ","
                + run("EngineVsLangChain4jBenchmark.run", "thrpt", 1,
                "\"framework\":\"langchain4j\",\"shape\":\"seq5\"", 50_000.0, "ops/s", "") + ","
                + run("EngineVsLangChain4jBenchmark.run", "thrpt", 1,
                "\"framework\":\"floor\",\"shape\":\"seq5\"", 1_300_000.0, "ops/s", "") + "]";
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new Summary(Summary.parse(json), new PrintStream(buf, true, StandardCharsets.UTF_8)).print();
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("OctoLLM engine vs LangChain4j");
        assertThat(out.lines().filter(l -> l.startsWith("seq5     1"))).singleElement().asString()
                .contains("100,000").contains("50,000").contains("2.00x").contains("10.0").contains("20.0")
                .contains("51,505").endsWith("1,300,000");
        assertThat(out).doesNotContain("Engine overhead per task");
    }

    @Test
    void parse_badInput_throwsWithReason_unknownUnitNamed() {
        assertThatThrownBy(() -> Summary.parse("{not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JMH JSON result file");
        assertThatThrownBy(() -> Summary.parse("[" + run("JsonRoundTripBenchmark.x", "avgt", 1, "", 1.0, "fortnight/op", "")
                + "]")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fortnight");
    }
}
