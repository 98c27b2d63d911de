package org.dydisnix.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.cli.options.ResultFormatOptions;
import org.dydisnix.cli.options.ServicesOption;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.ModelReader;
import org.dydisnix.model.ids.IdAssigner;
import org.dydisnix.model.ids.IdAssignments;
import org.dydisnix.model.ids.IdResources;
import org.dydisnix.model.ids.IdsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dydisnix id-assign}: unique numeric IDs (ports, UIDs, ...) for the services. */
@Command(
        name = "id-assign",
        header = "Assign unique IDs (ports, UIDs, GIDs, ...) to services from ID resource pools.",
        description = {
            "Each service whose requiresUniqueIdsFor property (see --service-property) names an ID "
                    + "resource gets an ID from that resource's pool (min..max by step), unique among all "
                    + "services (scope \"global\") or among the services of the same machine (scope "
                    + "\"machine\", which needs -i and -d). With -d, only deployed services get IDs.",
            "The IDs of a previous run (--ids) are kept while still valid; new IDs continue after the "
                    + "last one handed out, so freed IDs are reused only after the pool wraps. Prints the "
                    + "IDs model: { ids = { <resource> = { <service> = <id>; }; }; lastAssignments = ...; }."
        },
        mixinStandardHelpOptions = true)
final class IdAssignCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin ServicesOption services;

    @Option(
            names = {"-i", "--infrastructure"},
            paramLabel = "<file>",
            description = "Infrastructure model (needed to read a Nix distribution model).")
    Path infrastructure;

    @Option(
            names = {"-d", "--distribution"},
            paramLabel = "<file>",
            description =
                    "Distribution model: only deployed services get IDs, machine scope becomes possible.")
    Path distribution;

    @Option(
            names = "--id-resources",
            required = true,
            paramLabel = "<file>",
            description = "ID resources model: { <resource> = { min; max; scope; step; }; }.")
    Path idResources;

    @Option(
            names = "--ids",
            paramLabel = "<file>",
            description = "IDs model of a previous run, whose valid assignments are kept.")
    Path ids;

    @Option(
            names = "--service-property",
            paramLabel = "<name>",
            defaultValue = "requiresUniqueIdsFor",
            description =
                    "Service property listing the resources it needs IDs from (default: ${DEFAULT-VALUE}).")
    String serviceProperty;

    @Mixin ModelOptions models;

    @Mixin ResultFormatOptions language;

    @Option(
            names = "--output-file",
            paramLabel = "<file>",
            description = "Write the IDs model to this file (atomically); the same as -o.")
    Path outputFile;

    @Mixin OutputOption output;

    @Override
    public Integer call() throws Exception {
        if (outputFile != null) {
            if (output.output != null && !output.output.equals(outputFile)) {
                throw new ParameterException(
                        spec.commandLine(), "-o and --output-file name different files");
            }
            output.output = outputFile;
        }
        ModelReader reader = models.reader();
        IdResources resources = IdResources.from(reader.data(idResources));
        IdAssignments previous =
                ids == null ? IdAssignments.empty() : IdAssignments.from(reader.data(ids));
        Distribution deployed =
                distribution == null ? null : reader.distribution(distribution, infrastructure);
        IdAssignments result =
                IdAssigner.assign(
                        reader.services(services.services),
                        deployed,
                        resources,
                        previous,
                        serviceProperty);
        output.write(IdsWriter.write(result, language.format()));
        return 0;
    }
}
