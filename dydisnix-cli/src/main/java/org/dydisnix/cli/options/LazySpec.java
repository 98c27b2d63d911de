package org.dydisnix.cli.options;

import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The running command's picocli spec: the one picocli injects, or, when the quick start runs the
 * command without picocli's model, one made on first use (most runs never need it). A mixin without
 * options (picocli asks for its {@code @Command}, which adds nothing to the command).
 */
@Command
public final class LazySpec {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private Supplier<CommandSpec> make;

    /** The command's spec. */
    public CommandSpec get() {
        if (spec == null && make != null) {
            spec = make.get();
        }
        return spec;
    }

    /** Makes the spec with {@code make} on first use, unless picocli injected one. */
    public void orMake(Supplier<CommandSpec> make) {
        this.make = make;
    }
}
