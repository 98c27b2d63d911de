package org.dydisnix.cli.options;

import java.io.PrintWriter;
import org.dydisnix.cli.qos.Explanation;
import picocli.CommandLine.Option;

/** {@code --explain}: each service's candidate targets after each step, on stderr. */
public final class ExplainOptions {

    /** How the explanation is shown. */
    public enum ExplainFormat {
        TABLE,
        DOT
    }

    @Option(
            names = "--explain",
            description =
                    "Show on stderr each service's candidate targets after each step of the QoS model.")
    boolean explain;

    @Option(
            names = "--explain-format",
            paramLabel = "<style>",
            description =
                    "How --explain shows the steps: ${COMPLETION-CANDIDATES} (default: TABLE).")
    ExplainFormat explainFormat = ExplainFormat.TABLE;

    /** Prints the explanation when asked for. */
    public void print(PrintWriter err, Explanation explanation) {
        if (explain) {
            err.print(explainFormat == ExplainFormat.DOT ? explanation.dot() : explanation.table());
            err.flush();
        }
    }
}
