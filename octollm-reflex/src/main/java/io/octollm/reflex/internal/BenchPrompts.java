package io.octollm.reflex.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Internal, may change. Realistic prompts for benchmarks: business e-mails, code questions and
 * support requests with some PII (an e-mail address, a phone number, an IP) and no injection,
 * padded or cut to an exact length. Immutable.
 */
public final class BenchPrompts {
    private static final String[] BASE = {
        "Hi team, I'm preparing the quarterly report for our customer success group. Please summarise the main "
            + "points of the attached notes, highlight any risks in the migration plan, and suggest three follow-up "
            + "actions. The customer, Jane Smith (jane.smith@acme-corp.com, +1 415 555 0132), mentioned that their "
            + "invoices for order 48213 were delayed, and that the new dashboard shows wrong totals since version "
            + "2.4.1 was deployed. Also compare the latency numbers from last week with the ones from this week and "
            + "explain whether the cache changes helped. Keep the answer under 300 words, use bullet points, and "
            + "avoid jargon where possible. ",
        "I have a Java service that reads messages from a queue and writes them to PostgreSQL. Under load the "
            + "p99 latency jumps from 20 ms to 2 seconds, and I see many threads blocked in HikariCP's getConnection. "
            + "The pool size is 10, the queue consumer uses 50 threads, and each message does two inserts in one "
            + "transaction. Could you explain what is going on, and how I should size the pool and the consumer? "
            + "Our staging database is at 10.20.30.40 if that matters. Please include a short code example of a "
            + "bounded executor and mention any metrics I should watch. ",
        "Hello support, my order arrived damaged and I would like a replacement rather than a refund. The box was "
            + "crushed on one side and two of the glasses inside were broken. I have photos if you need them. You "
            + "can reach me at (212) 555-0187 in the afternoon or by e-mail at tom.baker@example.net. The delivery "
            + "was on Monday and the tracking number is in my account. Could you also tell me how long a "
            + "replacement usually takes, and whether I need to send the broken items back first? Thanks. ",
        "Please write a friendly but firm e-mail to a supplier whose last three deliveries were late. Mention "
            + "that our production line had to stop for half a day, that we value the relationship, and that we "
            + "expect a plan to fix the problem by the end of next week. Suggest a call on Thursday at 10am and "
            + "ask them to confirm. Sign it as Maria Gonzalez, Operations Manager, maria.gonzalez@example.org. "
            + "Keep it under 200 words and do not sound aggressive. ",
    };
    private static final String FILLER = "Some more background: the project started in March, the budget was "
            + "approved by the steering committee, and the next review is planned for the end of the quarter. ";

    private BenchPrompts() {
    }

    /**
     * @param count how many prompts
     * @param length exact length of each prompt in chars
     * @return distinct prompts (each ends with a unique counter so cache keys differ)
     */
    public static List<String> prompts(int count, int length) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder(length + 64);
            String tag = " (ref " + i + ")";
            int k = i;
            while (sb.length() < length - tag.length()) {
                sb.append(BASE[k++ % BASE.length]);
                if (sb.length() < length - tag.length()) {
                    sb.append(FILLER);
                }
            }
            sb.setLength(length - tag.length());
            sb.append(tag);
            out.add(sb.toString());
        }
        return out;
    }
}
