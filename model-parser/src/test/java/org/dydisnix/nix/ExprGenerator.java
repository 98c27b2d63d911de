package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.dydisnix.model.SourcePosition;
import org.dydisnix.nix.Expr.AttrKey;

/** Generates random closed Nix syntax trees (every variable bound), possibly ill-typed. */
final class ExprGenerator {
    private static final SourcePosition AT = new SourcePosition("(generated)", 1, 1);
    private static final String CHARS = "ab z$\"\\\n{}'`.${}é";
    private static final String[] NAMES = {"a", "b", "c", "with space", "or", "if", "x-y", ""};
    private static final double[] FLOATS = {0.5, 1.25, 1e-3, 123.456, 1e10, 3.0, 0.1, 2.5e-7};
    private static final Expr.Operator[] OPERATORS = Expr.Operator.values();

    private final Random random;
    private int variables;

    ExprGenerator(long seed) {
        this.random = new Random(seed);
    }

    Expr expr(int depth, List<String> scope) {
        if (depth <= 0 || random.nextInt(4) == 0) {
            return leaf(scope);
        }
        int next = depth - 1;
        return switch (random.nextInt(17)) {
            case 0 -> list(next, scope);
            case 1, 2 -> attrs(next, scope);
            case 3 -> let(next, scope);
            case 4 -> new Expr.If(expr(next, scope), expr(next, scope), expr(next, scope), AT);
            case 5, 6 ->
                    new Expr.Binary(
                            OPERATORS[random.nextInt(OPERATORS.length)],
                            expr(next, scope),
                            expr(next, scope),
                            AT);
            case 7 ->
                    random.nextBoolean()
                            ? new Expr.Not(expr(next, scope), AT)
                            : new Expr.Negate(expr(next, scope), AT);
            case 8 ->
                    new Expr.Select(
                            attrs(next, scope),
                            path(),
                            random.nextBoolean() ? expr(next, scope) : null,
                            AT);
            case 9 -> new Expr.HasAttr(attrs(next, scope), path(), AT);
            case 10 -> call(next, scope);
            case 11 -> interpolation(next, scope);
            case 12 -> new Expr.Assert(expr(next, scope), expr(next, scope), AT);
            case 13 -> patternCall(next, scope);
            case 14 -> recursive(next, scope);
            case 15 -> dynamic(next, scope);
            default -> new Expr.With(attrs(next, scope), expr(next, scope), AT);
        };
    }

    private Expr leaf(List<String> scope) {
        return switch (random.nextInt(7)) {
            case 0 -> new Expr.IntLit(random.nextInt(101) - 50, AT);
            case 1 ->
                    new Expr.FloatLit(
                            (random.nextBoolean() ? -1 : 1) * FLOATS[random.nextInt(FLOATS.length)],
                            AT);
            case 2, 3 -> new Expr.StrLit(string(), AT);
            case 4 -> new Expr.Var(new String[] {"true", "false", "null"}[random.nextInt(3)], AT);
            default ->
                    scope.isEmpty()
                            ? new Expr.IntLit(random.nextInt(10), AT)
                            : new Expr.Var(scope.get(random.nextInt(scope.size())), AT);
        };
    }

    private String string() {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            s.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return s.toString();
    }

    private List<AttrKey> path() {
        List<AttrKey> path = new ArrayList<>();
        int length = 1 + random.nextInt(2);
        for (int i = 0; i < length; i++) {
            path.add(new AttrKey.Name(NAMES[random.nextInt(NAMES.length)]));
        }
        return path;
    }

    private Expr list(int depth, List<String> scope) {
        List<Expr> elements = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            elements.add(expr(depth, scope));
        }
        return new Expr.ListOf(elements, AT);
    }

    private Expr.Attrs attrs(int depth, List<String> scope) {
        LinkedHashMap<String, Expr.Binding> bindings = new LinkedHashMap<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            bindings.put(
                    NAMES[random.nextInt(NAMES.length)],
                    new Expr.Binding(expr(depth, scope), false, AT));
        }
        return new Expr.Attrs(false, bindings, new ArrayList<>(), AT);
    }

    private Expr let(int depth, List<String> scope) {
        List<String> inner = new ArrayList<>(scope);
        LinkedHashMap<String, Expr.Binding> bindings = new LinkedHashMap<>();
        int size = 1 + random.nextInt(2);
        for (int i = 0; i < size; i++) {
            String name = "v" + variables++;
            bindings.put(name, new Expr.Binding(expr(depth, scope), false, AT));
            inner.add(name);
        }
        return new Expr.Let(
                new Expr.Attrs(true, bindings, new ArrayList<>(), AT), expr(depth, inner), AT);
    }

    private Expr call(int depth, List<String> scope) {
        List<String> inner = new ArrayList<>(scope);
        String name = "v" + variables++;
        inner.add(name);
        Expr.Lambda lambda = lambda(name, null, expr(depth, inner));
        return new Expr.Call(lambda, List.of(expr(depth, scope)), AT);
    }

    private Expr patternCall(int depth, List<String> scope) {
        List<String> inner = new ArrayList<>(scope);
        List<Expr.Formal> formals = new ArrayList<>();
        LinkedHashMap<String, Expr.Binding> argument = new LinkedHashMap<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            String name = "v" + variables++;
            inner.add(name);
            Expr fallback = random.nextBoolean() ? expr(depth, inner) : null;
            formals.add(new Expr.Formal(name, fallback, AT));
            if (fallback == null || random.nextBoolean()) {
                argument.put(name, new Expr.Binding(expr(depth, scope), false, AT));
            }
        }
        boolean ellipsis = random.nextBoolean();
        if (ellipsis) {
            argument.put("extra", new Expr.Binding(expr(depth, scope), false, AT));
        }
        String whole = null;
        if (random.nextBoolean()) {
            whole = "v" + variables++;
            inner.add(whole);
        }
        Expr.Lambda lambda = lambda(whole, new Expr.Formals(formals, ellipsis), expr(depth, inner));
        return new Expr.Call(
                lambda, List.of(new Expr.Attrs(false, argument, new ArrayList<>(), AT)), AT);
    }

    private Expr recursive(int depth, List<String> scope) {
        List<String> inner = new ArrayList<>(scope);
        List<String> names = new ArrayList<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            names.add("v" + variables++);
        }
        inner.addAll(names);
        LinkedHashMap<String, Expr.Binding> bindings = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            List<String> visible = new ArrayList<>(scope);
            visible.addAll(names.subList(0, i));
            bindings.put(names.get(i), new Expr.Binding(expr(depth, visible), false, AT));
        }
        if (!scope.isEmpty() && random.nextBoolean()) {
            String inherited = scope.get(random.nextInt(scope.size()));
            if (!bindings.containsKey(inherited)) {
                bindings.put(inherited, new Expr.Binding(new Expr.Var(inherited, AT), true, AT));
            }
        }
        return new Expr.Attrs(true, bindings, new ArrayList<>(), AT);
    }

    private Expr dynamic(int depth, List<String> scope) {
        List<Expr.DynamicBinding> dynamic = new ArrayList<>();
        dynamic.add(new Expr.DynamicBinding(interpolation(depth, scope), expr(depth, scope), AT));
        LinkedHashMap<String, Expr.Binding> bindings = new LinkedHashMap<>();
        bindings.put("static", new Expr.Binding(expr(depth, scope), false, AT));
        return new Expr.Attrs(false, bindings, dynamic, AT);
    }

    private Expr interpolation(int depth, List<String> scope) {
        List<Expr> parts = new ArrayList<>();
        parts.add(new Expr.StrLit(string(), AT));
        parts.add(random.nextBoolean() ? new Expr.StrLit(string(), AT) : expr(depth, scope));
        parts.add(new Expr.StrLit(string(), AT));
        return new Expr.Interpolation(parts, AT);
    }

    private static Expr.Lambda lambda(String argument, Expr.Formals formals, Expr body) {
        return new Expr.Lambda(
                null,
                argument,
                formals,
                body,
                AT,
                StrictBodies.keepNoScope(body, formals == null ? argument : null));
    }
}
