package org.dydisnix.cli.qos;

import java.util.ArrayList;
import java.util.List;
import org.dydisnix.model.Distribution;

/**
 * The warnings {@code gendist} prints on stderr: candidates dropped because their build failed, and
 * services the result leaves without a target, with the step that emptied them.
 */
public final class GendistWarnings {

    private GendistWarnings() {}

    /** A line per candidate whose build failed. */
    public static List<String> buildFailures(String command, CandidateBuilds builds) {
        List<String> lines = new ArrayList<>();
        if (builds != null) {
            for (CandidateBuilds.Failure failure : builds.failures()) {
                lines.add(
                        command
                                + ": warning: service '"
                                + failure.service()
                                + "' cannot be built for target '"
                                + failure.target()
                                + "', dropped: "
                                + failure.reason());
            }
        }
        return lines;
    }

    /** A line per service the result leaves without a target. */
    public static List<String> emptyServices(
            String command, Distribution result, Explanation explanation) {
        List<String> lines = new ArrayList<>();
        result.mappings()
                .forEach(
                        (service, mappings) -> {
                            if (mappings.isEmpty()) {
                                lines.add(
                                        command
                                                + ": warning: service '"
                                                + service
                                                + "' has no target"
                                                + emptiedBy(explanation, service));
                            }
                        });
        return lines;
    }

    private static String emptiedBy(Explanation explanation, String service) {
        List<Explanation.Step> steps = explanation.steps();
        for (Explanation.Step step : steps) {
            List<String> targets = step.targets().get(service);
            if (targets != null && targets.isEmpty()) {
                return step.name().equals("result")
                        ? " (the QoS model's result gives it none)"
                        : " (none left after " + step.name() + ")";
            }
        }
        return "";
    }
}
