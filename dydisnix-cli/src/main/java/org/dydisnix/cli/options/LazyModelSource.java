package org.dydisnix.cli.options;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.ModelSource;

/**
 * A model source made when the first model is read through it: the embedded Nix evaluator (its
 * builtins) is not set up for a run whose models are all JSON, YAML or XML.
 */
final class LazyModelSource implements ModelSource {
    private final Supplier<ModelSource> make;
    private ModelSource source;

    LazyModelSource(Supplier<ModelSource> make) {
        this.make = make;
    }

    private ModelSource source() {
        if (source == null) {
            source = make.get();
        }
        return source;
    }

    @Override
    public ModelNode services(Path file, String extraParams) {
        return source().services(file, extraParams);
    }

    @Override
    public ModelNode infrastructure(Path file) {
        return source().infrastructure(file);
    }

    @Override
    public ModelNode distribution(Path file, ModelNode infrastructure, String extraParams) {
        return source().distribution(file, infrastructure, extraParams);
    }

    @Override
    public ModelNode processes(Path file, Map<String, Object> arguments, String extraParams) {
        return source().processes(file, arguments, extraParams);
    }
}
