package io.octollm.reflex.pii;

import java.io.IOException;
import java.util.List;

/** Lets tests in other packages list the labelled corpus files. */
public final class PiiScanSkipTestAccess {
    private PiiScanSkipTestAccess() {
    }

    /**
     * @return the names of every {@code .tsv} file under {@code /corpus}, sorted
     * @throws IOException when the directory cannot be listed
     */
    public static List<String> corpusFiles() throws IOException {
        return PiiScanSkipTest.corpusFiles();
    }
}
