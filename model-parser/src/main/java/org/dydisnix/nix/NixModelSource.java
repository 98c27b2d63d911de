package org.dydisnix.nix;

import java.nio.file.Path;
import java.util.List;
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

    private ModelNode read(Path file, String extraParams, ModelNode infrastructure) {
        return Guard.run(
                () -> {
                    Session session = evaluator.session();
                    String name = file.toAbsolutePath().normalize().toString();
                    SourcePosition at =
                            new SourcePosition(Session.displayName(Path.of(name)), 1, 1);
                    Object value = session.importFile(name, at);
                    if (Types.isFunction(value)) {
                        NixAttrs extra = extraParams(extraParams);
                        NixAttrs base =
                                infrastructure == null
                                        ? standardArguments(at)
                                        : infrastructureArgument(infrastructure);
                        value = evaluator.callWith(value, extra, base, at);
                    }
                    return evaluator.node(value, at);
                });
    }

    private NixAttrs extraParams(String extraParams) {
        if (extraParams == null || extraParams.isBlank()) {
            return NixAttrs.EMPTY;
        }
        NixModelNode node = (NixModelNode) evaluator.parseArgument(extraParams);
        Object value = node.value();
        return node.evaluator().forceAttrs(value, node.position());
    }

    private static NixAttrs standardArguments(SourcePosition at) {
        TreeMap<String, Attr> attrs = new TreeMap<>();
        attrs.put("distribution", new Attr(Thunk.of(NixAttrs.EMPTY), null));
        attrs.put("invDistribution", new Attr(Thunk.of(NixAttrs.EMPTY), null));
        attrs.put("system", new Attr(Thunk.of(NixString.of("x86_64-linux")), null));
        attrs.put(
                "pkgs",
                new Attr(
                        Thunk.lazy(
                                () -> {
                                    throw IoBuiltins.notBuildable(
                                            at, "the package set 'pkgs' is not available");
                                },
                                at),
                        null));
        return new NixAttrs(attrs, null);
    }

    private NixAttrs infrastructureArgument(ModelNode infrastructure) {
        TreeMap<String, Attr> attrs = new TreeMap<>();
        attrs.put(
                "infrastructure",
                new Attr(evaluator.thunkOf(infrastructure), infrastructure.position()));
        return new NixAttrs(attrs, null);
    }
}
