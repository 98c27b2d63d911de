package org.dydisnix.cli.options;

import java.io.IOException;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.DistributionWriter;
import org.dydisnix.model.Infrastructure;
import org.dydisnix.model.ModelReader;
import org.dydisnix.model.ServicesModel;
import picocli.CommandLine.Mixin;

/**
 * What a standalone strategy ({@code divide}, {@code minsetcover}) reads and writes: services,
 * infrastructure and candidate distribution, how they are read, and the result's language and
 * destination.
 */
public final class CandidateModelsOptions {

    /**
     * The models read.
     *
     * @param services the services model
     * @param infrastructure the infrastructure model
     * @param candidates each service's candidate targets
     */
    public record Inputs(
            ServicesModel services, Infrastructure infrastructure, Distribution candidates) {}

    @Mixin ServicesOption services;

    @Mixin InfrastructureOption infrastructure;

    @Mixin DistributionOption distribution;

    @Mixin ModelOptions models;

    @Mixin ResultFormatOptions language;

    @Mixin OutputOption output;

    /** Reads the three models. */
    public Inputs read() {
        ModelReader reader = models.reader();
        return new Inputs(
                reader.services(services.services),
                reader.infrastructure(infrastructure.infrastructure),
                reader.distribution(distribution.distribution, infrastructure.infrastructure));
    }

    /** Writes the resulting distribution in the language asked for. */
    public void write(Distribution result) throws IOException {
        output.write(DistributionWriter.write(result, language.format()));
    }
}
