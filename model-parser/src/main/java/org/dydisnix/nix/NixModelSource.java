package org.dydisnix.nix;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.ModelSource;
import org.dydisnix.model.SourcePosition;

/**
 * Reads Nix services, infrastructure and distribution models with the embedded evaluator, calling
 * model functions the way the original Disnix tools do; a service's {@code pkg} is never forced.
 */
public final class NixModelSource implements ModelSource {
    private final NixEvaluator evaluator;

    /** A source whose search path is the include paths followed by {@code NIX_PATH}. */
    public NixModelSource(List<Path> includePaths) {
        this(new NixEvaluator(includePaths));
    }

    /** A source evaluating with the given evaluator (sharing its import cache). */
    public NixModelSource(NixEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The evaluator models are read with. */
    public NixEvaluator evaluator() {
        return evaluator;
    }

    @Override
    public ModelNode services(Path file, String extraParams) {
        return read(file, extraParams, null);
    }

    @Override
    public ModelNode infrastructure(Path file) {
        return read(file, "{}", null);
    }

    @Override
    public ModelNode distribution(Path file, ModelNode infrastructure, String extraParams) {
        return read(file, extraParams, infrastructure);
    }

    @Override
    public ModelNode processes(Path file, Map<String, Object> arguments, String extraParams) {
        return evaluator.importModel(
                file,
                false,
                new NixEvaluator.Given(evaluator, arguments),
                new NixEvaluator.Given(evaluator, null, extraParams));
    }

    /** A model file, called as the Disnix tools do when it is a function of any kind. */
    private ModelNode read(Path file, String extraParams, ModelNode infrastructure) {
        return evaluator.importModel(
                file,
                true,
                new NixEvaluator.Given(evaluator, null, extraParams),
                new ModelArguments(this, infrastructure));
    }

    private static NixAttrs standardArguments(SourcePosition at) {
        TreeMap<String, Attr> attrs = new TreeMap<>();
        attrs.put("distribution", new Attr(Thunk.of(NixAttrs.EMPTY), null));
        attrs.put("invDistribution", new Attr(Thunk.of(NixAttrs.EMPTY), null));
        attrs.put("system", new Attr(Thunk.of(NixString.of("x86_64-linux")), null));
        attrs.put("pkgs", new Attr(Thunk.lazy(new NoPackages(at), at), null));
        return new NixAttrs(attrs, null);
    }

    private NixAttrs infrastructureArgument(ModelNode infrastructure) {
        TreeMap<String, Attr> attrs = new TreeMap<>();
        attrs.put(
                "infrastructure",
                new Attr(evaluator.thunkOf(infrastructure), infrastructure.position()));
        return new NixAttrs(attrs, null);
    }

    /**
     * The arguments the Disnix tools pass a model function: the infrastructure, when there is one,
     * otherwise the standard ones.
     */
    private record ModelArguments(NixModelSource source, ModelNode infrastructure)
            implements java.util.function.Function<SourcePosition, NixAttrs> {
        @Override
        public NixAttrs apply(SourcePosition at) {
            return infrastructure == null
                    ? standardArguments(at)
                    : source.infrastructureArgument(infrastructure);
        }
    }

    /** The package set {@code pkgs}, which fails when forced. */
    private record NoPackages(SourcePosition at) implements java.util.function.Supplier<Object> {
        @Override
        public Object get() {
            throw IoBuiltins.notBuildable(at, "the package set 'pkgs' is not available");
        }
    }
}
