package org.dydisnix.nix;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dydisnix.model.ModelNode;

/**
 * A development tool: evaluates a file or an expression ({@code -E expr}) and prints its strict
 * JSON.
 */
public final class EvalMain {

    private EvalMain() {}

    public static void main(String[] args) {
        NixEvaluator evaluator = new NixEvaluator(List.of());
        try {
            ModelNode node =
                    args[0].equals("-E")
                            ? evaluator.evaluateExpression(args[1], Path.of("").toAbsolutePath())
                            : evaluator.evaluateFile(Path.of(args[0]), Map.of());
            System.out.println(evaluator.toJson(node, true));
        } catch (NixError e) {
            System.err.println(e.kind() + " " + e.report());
            System.exit(1);
        }
    }
}
