package io.octollm.reflex.internal.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Internal, may change. The straightforward way to detect the same PII types: one
 * {@link Pattern} per type, every match checked with the same validators (Luhn, SSN rules,
 * mod-97). Thread-safe (patterns are immutable; matchers are per call).
 */
public final class RegexPiiBaseline {
    /** One match: type name and span. */
    public record Match(String type, int start, int end) {
    }

    private record Rule(String type, Pattern pattern, int validator) {
    }

    private static final int NONE = 0;
    private static final int LUHN = 1;
    private static final int SSN = 2;
    private static final int IBAN = 3;

    private static final List<Rule> RULES = List.of(
            new Rule("EMAIL", Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"), NONE),
            new Rule("PHONE", Pattern.compile(
                    "(?:\\+1[\\s.-]?)?\\(?\\b[2-9]\\d{2}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}\\b|\\+\\d{1,3}(?:[\\s.-]?\\(?\\d{1,4}\\)?){2,5}"), NONE),
            new Rule("SSN", Pattern.compile("\\b\\d{3}[- ]\\d{2}[- ]\\d{4}\\b"), SSN),
            new Rule("CREDIT_CARD", Pattern.compile("\\b(?:\\d[ -]?){12,18}\\d\\b"), LUHN),
            new Rule("IP_ADDRESS", Pattern.compile(
                    "\\b(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\b"), NONE),
            new Rule("IP_ADDRESS", Pattern.compile(
                    "\\b(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}\\b|\\b(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}:?){0,6}\\b"), NONE),
            new Rule("IBAN", Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b"), IBAN),
            new Rule("SECRET", Pattern.compile(
                    "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b|\\bgh[pousr]_[A-Za-z0-9]{36,}\\b|\\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}"
                    + "|\\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\\b|\\bxox[abprs]-[A-Za-z0-9-]{10,}|\\bAIza[0-9A-Za-z_-]{35}\\b"
                    + "|\\beyJ[A-Za-z0-9_-]{7,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"
                    + "|-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----"
                    + "|(?i:password|passwd|pwd|secret|api_key|apikey|token)\\s*[:=]\\s*[\"']?[^\\s\"',;]{4,}"), NONE),
            new Rule("MAC_ADDRESS", Pattern.compile("\\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\\b"), NONE),
            new Rule("CRYPTO_ADDRESS", Pattern.compile(
                    "\\b0x[0-9a-fA-F]{40}\\b|\\bbc1[a-z0-9]{11,71}\\b|\\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\\b"), NONE),
            new Rule("PASSPORT", Pattern.compile("(?i:passport)\\D{0,20}\\b([A-Z]{0,2}\\d{6,9})\\b"), NONE),
            new Rule("DRIVERS_LICENSE", Pattern.compile("(?i:driver'?s? licen[cs]e)\\D{0,20}\\b([A-Z]\\d{4,12})\\b"), NONE),
            new Rule("MEDICAL_RECORD_NUMBER", Pattern.compile("\\bMRN[:#\\s-]*(\\d{6,10})\\b"), NONE),
            new Rule("ITIN", Pattern.compile("\\b9\\d{2}-[5-9]\\d-\\d{4}\\b"), NONE),
            new Rule("DATE_OF_BIRTH", Pattern.compile(
                    "(?i:born|birth|dob)\\D{0,20}\\b((?:0[1-9]|1[0-2])[/-](?:0[1-9]|[12]\\d|3[01])[/-](?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})\\b"),
                    NONE));

    private RegexPiiBaseline() {
    }

    /**
     * @param text the text
     * @return every validated match, in rule order then position
     */
    public static List<Match> detect(String text) {
        List<Match> out = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(text);
            while (m.find()) {
                int g = m.groupCount() > 0 && m.group(1) != null ? 1 : 0;
                String v = m.group(g);
                if (valid(r.validator, v)) {
                    out.add(new Match(r.type, m.start(g), m.end(g)));
                }
            }
        }
        return out;
    }

    private static boolean valid(int validator, String v) {
        switch (validator) {
            case LUHN: {
                int sum = 0;
                boolean dbl = false;
                int n = 0;
                for (int i = v.length() - 1; i >= 0; i--) {
                    char c = v.charAt(i);
                    if (c < '0' || c > '9') {
                        continue;
                    }
                    int d = c - '0';
                    if (dbl) {
                        d *= 2;
                        if (d > 9) {
                            d -= 9;
                        }
                    }
                    sum += d;
                    dbl = !dbl;
                    n++;
                }
                return n >= 13 && n <= 19 && sum % 10 == 0;
            }
            case SSN: {
                String d = v.replaceAll("\\D", "");
                int area = Integer.parseInt(d.substring(0, 3));
                return area != 0 && area != 666 && area < 900 && !d.startsWith("00", 3) && !d.endsWith("0000");
            }
            case IBAN: {
                String s = v.replace(" ", "");
                String r = s.substring(4) + s.substring(0, 4);
                int rem = 0;
                for (char c : r.toCharArray()) {
                    int x = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
                    rem = x > 9 ? (rem * 100 + x) % 97 : (rem * 10 + x) % 97;
                }
                return rem == 1;
            }
            default:
                return true;
        }
    }
}
