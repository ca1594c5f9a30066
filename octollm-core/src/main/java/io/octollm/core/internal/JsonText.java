package io.octollm.core.internal;

/** Finds JSON inside a model's answer (code fences and prose around it). Internal, may change. Stateless. */
public final class JsonText {
    private JsonText() {
    }

    /**
     * @param s text
     * @param start index of an opening brace or bracket
     * @return the index of the bracket that closes it, skipping string contents, or -1
     */
    public static int matchingClose(String s, int start) {
        char open = s.charAt(start);
        char close = open == '{' ? '}' : ']';
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param text a model's answer, may be null
     * @return the first balanced JSON object or array in it, or null when there is none
     */
    public static String extract(String text) {
        if (text == null) {
            return null;
        }
        int obj = text.indexOf('{');
        int arr = text.indexOf('[');
        int start = obj < 0 ? arr : arr < 0 ? obj : Math.min(obj, arr);
        if (start < 0) {
            return null;
        }
        int end = matchingClose(text, start);
        return end < 0 ? null : text.substring(start, end + 1);
    }
}
