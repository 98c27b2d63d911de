package org.dydisnix.nix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.SourcePosition;

/**
 * The general entry point of the embedded Nix evaluator: evaluates files and expressions lazily
 * into {@link ModelNode}s, calls model functions with arguments, and prints values as JSON or Nix.
 */
public final class NixEvaluator {
    private final Session session;
    private final Map<String, NixAttrs> attributeArguments = new HashMap<>();

    /** An evaluator whose search path is the include paths followed by {@code NIX_PATH}. */
    public NixEvaluator(List<Path> includePaths) {
        this(includePaths, System.getenv("NIX_PATH"));
    }

    /**
     * @param includePaths {@code -I} entries: directories, or {@code prefix=directory} given as a
     *     path
     * @param nixPath a {@code NIX_PATH}-style value, or null
     */
    public NixEvaluator(List<Path> includePaths, String nixPath) {
        this(includePaths, nixPath, ParseCache.current());
    }

    NixEvaluator(List<Path> includePaths, String nixPath, ParsedTreeCache parseCache) {
        List<String> entries = new ArrayList<>();
        for (Path path : includePaths) {
            entries.add(path.toString());
        }
        this.session = new Session(entries, nixPath, parseCache);
    }

    /**
     * Applies a Nix setting ({@code --option name value}); false when the evaluator does not know
     * it (Nix warns and goes on).
     */
    public boolean setting(String name, String value) {
        if (name.equals("abort-on-warn")) {
            session.abortOnWarn(value.equals("true"));
            return true;
        }
        return false;
    }

    Session session() {
        return session;
    }

    /**
     * Evaluates a file. If its value is a function with a set pattern, it is called with the
     * arguments it accepts (all of them when it has {@code ...}), its defaults applying to the
     * others; other functions are returned uncalled, as {@code nix-instantiate} does.
     *
     * @param arguments plain Java values (String, Long/Integer, Double, Boolean, null, List, Map,
     *     Path) or nodes from this evaluator
     */
    public ModelNode evaluateFile(Path file, Map<String, Object> arguments) {
        return importModel(file, false, new Given(this, arguments), Given.NONE);
    }

    /**
     * The one way a file is imported and its function called: a function value (any function when
     * {@code anyFunction}, as the Disnix tools do; otherwise only one with a set pattern, as {@code
     * nix-instantiate} does) is called by {@link #callWith} with {@code base} and what it accepts
     * of {@code extra}, both built for the position of the file.
     */
    NixModelNode importModel(
            Path file,
            boolean anyFunction,
            Function<SourcePosition, NixAttrs> extra,
            Function<SourcePosition, NixAttrs> base) {
        Path absolute = file.toAbsolutePath().normalize();
        return Guard.run(new Importing(this, absolute, anyFunction, extra, base));
    }

    /**
     * An attribute-set expression such as {@code --extra-params}, relative to the working
     * directory, evaluated once per distinct text; blank is the empty set.
     */
    NixAttrs attributes(String expression) {
        if (expression == null || expression.isBlank()) {
            return NixAttrs.EMPTY;
        }
        NixAttrs known = attributeArguments.get(expression);
        if (known == null) {
            NixModelNode node =
                    expressionNode(expression, "(string)", Path.of("").toAbsolutePath());
            known = node.evaluator().forceAttrs(node.value(), node.position());
            attributeArguments.put(expression, known);
        }
        return known;
    }

    /** Evaluates a file without arguments. */
    public ModelNode evaluateFile(Path file) {
        return evaluateFile(file, Map.of());
    }

    /** Evaluates an expression; relative paths in it are relative to {@code baseDir}. */
    public ModelNode evaluateExpression(String expression, Path baseDir) {
        return expressionNode(expression, "(string)", baseDir);
    }

    /**
     * Evaluates an expression whose positions name {@code origin} (as {@code «stdin»}); relative
     * paths in it are relative to {@code baseDir}.
     */
    public ModelNode evaluateExpression(String expression, String origin, Path baseDir) {
        return expressionNode(expression, origin, baseDir);
    }

    private NixModelNode expressionNode(String expression, String origin, Path baseDir) {
        return Guard.run(new Parsing(session, expression, origin, baseDir));
    }

    /**
     * The value of an {@code --arg name expr} option: the expression, relative to the working
     * directory.
     */
    public ModelNode parseArgument(String expression) {
        return evaluateExpression(expression, Path.of("").toAbsolutePath());
    }

    /** The value of an {@code --argstr name value} option. */
    public ModelNode stringArgument(String value) {
        return node(NixString.of(value), null);
    }

    /**
     * JSON as {@code nix-instantiate --eval --json} prints it, forcing everything when {@code
     * strict}.
     */
    public String toJson(ModelNode node, boolean strict) {
        return JsonPrinter.print(node, strict);
    }

    /** Nix syntax as {@code nix-instantiate --eval --strict} prints it. */
    public String toNix(ModelNode node) {
        return toNix(node, true);
    }

    /**
     * Nix syntax as {@code nix-instantiate --eval} prints it: with {@code strict} everything is
     * forced first, otherwise values not computed yet print as {@code <CODE>}.
     */
    public String toNix(ModelNode node, boolean strict) {
        if (node instanceof NixModelNode nix) {
            return Guard.run(new Printing(nix, strict));
        }
        return Guard.run(
                () -> NixPrinter.print(session.evaluator(), PlainValues.fromPlain(node.toPlain())));
    }

    NixModelNode node(Object value, SourcePosition at) {
        return new NixModelNode(session.evaluator(), Thunk.of(value, at), at);
    }

    /**
     * A Nix value for a node: its own value if it is a Nix node, otherwise its plain data
     * converted.
     */
    Thunk thunkOf(ModelNode node) {
        if (node instanceof NixModelNode nix) {
            return nix.thunk();
        }
        return Thunk.of(PlainValues.fromPlain(node.toPlain()));
    }

    NixAttrs toAttrs(Map<String, Object> arguments) {
        TreeMap<String, Attr> attrs = new TreeMap<>();
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            Object value = argument.getValue();
            attrs.put(
                    argument.getKey(),
                    new Attr(
                            value instanceof ModelNode node
                                    ? thunkOf(node)
                                    : Thunk.of(PlainValues.fromPlain(value)),
                            null));
        }
        return new NixAttrs(attrs, null);
    }

    /**
     * Calls a model function with {@code base} and the part of {@code extra} it accepts: everything
     * for a function with {@code ...} or a plain argument, otherwise only its formal arguments.
     */
    Object callWith(Object function, NixAttrs extra, NixAttrs base, SourcePosition at) {
        NixAttrs all = Operators.update(base, extra);
        NixAttrs argument = all;
        if (function instanceof Closure closure
                && closure.lambda().formals() != null
                && !closure.lambda().formals().ellipsis()) {
            TreeMap<String, Attr> accepted = new TreeMap<>();
            for (Expr.Formal formal : closure.lambda().formals().formals()) {
                Attr attr = all.get(formal.name());
                if (attr != null) {
                    accepted.put(formal.name(), attr);
                }
            }
            argument = new NixAttrs(accepted, at);
        }
        return session.evaluator().call(function, Thunk.of(argument), at);
    }

    /** Parsing an expression into a node, run by {@link Guard}. */
    private record Parsing(Session session, String expression, String origin, Path baseDir)
            implements java.util.function.Supplier<NixModelNode> {
        @Override
        public NixModelNode get() {
            Expr expr = session.parse(expression, origin, baseDir);
            Thunk thunk = Thunk.of(expr, session.builtins().baseEnv());
            return new NixModelNode(session.evaluator(), thunk, expr.position());
        }
    }

    /** Printing a node as Nix, run by {@link Guard}. */
    private record Printing(NixModelNode nix, boolean strict)
            implements java.util.function.Supplier<String> {
        @Override
        public String get() {
            Object value = nix.value();
            if (strict) {
                nix.evaluator().deepForce(value);
            }
            return NixPrinter.print(nix.evaluator(), value, strict);
        }
    }

    /** Importing a model file and calling its function, run by {@link Guard}. */
    private record Importing(
            NixEvaluator evaluator,
            Path absolute,
            boolean anyFunction,
            Function<SourcePosition, NixAttrs> extra,
            Function<SourcePosition, NixAttrs> base)
            implements java.util.function.Supplier<NixModelNode> {
        @Override
        public NixModelNode get() {
            SourcePosition at = new SourcePosition(Session.displayName(absolute), 1, 1);
            Object value = evaluator.session.importFile(absolute, at);
            boolean call =
                    anyFunction
                            ? Types.isFunction(value)
                            : value instanceof Closure closure
                                    && closure.lambda().formals() != null;
            if (call) {
                value = evaluator.callWith(value, extra.apply(at), base.apply(at), at);
            }
            return evaluator.node(value, at);
        }
    }

    /**
     * Arguments for a model function: the given Java data, else the attributes of the {@code
     * extraParams} expression ({@link #NONE}: no arguments).
     */
    record Given(NixEvaluator evaluator, Map<String, Object> arguments, String extraParams)
            implements Function<SourcePosition, NixAttrs> {
        static final Given NONE = new Given(null, null, null);

        Given(NixEvaluator evaluator, Map<String, Object> arguments) {
            this(evaluator, arguments, null);
        }

        @Override
        public NixAttrs apply(SourcePosition at) {
            if (arguments != null) {
                return evaluator.toAttrs(arguments);
            }
            return evaluator == null ? NixAttrs.EMPTY : evaluator.attributes(extraParams);
        }
    }
}
