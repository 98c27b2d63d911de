package org.dydisnix.cli.qos;

import java.nio.file.Path;
import org.dydisnix.cli.plan.PlanningException;
import org.dydisnix.model.ModelNode;
import org.dydisnix.nix.HostFunctions;
import org.dydisnix.nix.NixEvaluator;

/**
 * nixpkgs' {@code lib} as model functions receive it: found on the Nix search path, loaded when
 * used.
 */
public final class NixpkgsLib {

    private NixpkgsLib() {}

    /**
     * {@code import <nixpkgs/lib>}, unforced; without nixpkgs on the search path, a value that
     * fails with one line saying how to provide it when the model uses it.
     *
     * @param user what uses lib, for the message, e.g. "the QoS model"
     */
    public static ModelNode of(NixEvaluator evaluator, String user) {
        if (HostFunctions.findOnSearchPath(evaluator, "nixpkgs/lib").isPresent()) {
            return evaluator.evaluateExpression(
                    "import <nixpkgs/lib>", Path.of("").toAbsolutePath());
        }
        return HostFunctions.lazy(
                evaluator,
                () -> {
                    throw new PlanningException(
                            user
                                    + " uses 'lib', nixpkgs' lib, but nixpkgs is not on the Nix search path:"
                                    + " give -I nixpkgs=<path to nixpkgs> or set NIX_PATH=nixpkgs=<path>");
                },
                null);
    }
}
