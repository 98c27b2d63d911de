package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.dydisnix.model.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * Every Nix file of a corpus (this repository's, and nixpkgs lib's when {@code
 * DYDISNIX_NIXPKGS_LIB} names a checkout), parsed, resolved, written by {@link TreeWriter} and read
 * back by {@link TreeReader}, is the same tree: same source when printed, same positions, variable
 * slots, {@code with} lookups, strict bodies, interned variable names and shared nodes.
 */
class TreeRoundTripTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private final Env scope = new NixEvaluator(List.of(), "", null).session().builtins().baseEnv();

    private static List<Path> corpus() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(ROOT));
        String lib = System.getenv("DYDISNIX_NIXPKGS_LIB");
        if (lib != null && Files.isDirectory(Path.of(lib, "lib"))) {
            roots.add(Path.of(lib, "lib"));
        }
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".nix"))
                        .filter(p -> !p.toString().contains("/target/"))
                        .filter(p -> !p.toString().contains("/.git/"))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    /** The parsed and resolved tree of a file, or null when it does not parse. */
    private Expr parse(Path file, String shownAs) throws IOException {
        try {
            Expr expr =
                    Parser.parse(
                            ParsedFiles.decode(Files.readAllBytes(file)),
                            shownAs,
                            file.getParent());
            Resolver.check(expr, scope);
            return expr;
        } catch (NixError e) {
            return null;
        }
    }

    @Test
    void everyFileOfTheCorpusReadsBackAsTheSameTree() throws Exception {
        List<Path> files = corpus();
        assertThat(files).hasSizeGreaterThan(100);
        int trees = 0;
        for (Path file : files) {
            String shownAs = ROOT.relativize(file).toString();
            Expr parsed = parse(file, shownAs);
            if (parsed == null) {
                continue;
            }
            byte[] bytes = TreeWriter.write(parsed, shownAs);
            assertThat(bytes).as(shownAs).isNotNull();
            Expr loaded = TreeReader.read(bytes, 0, bytes.length, shownAs);
            assertThat(ExprPrinter.print(loaded)).as(shownAs).isEqualTo(ExprPrinter.print(parsed));
            assertThat(dump(loaded)).as(shownAs).isEqualTo(dump(parsed));
            trees++;
        }
        assertThat(trees).isGreaterThan(100);
    }

    @Test
    void aLargeFunctionBodyIsReadWhenFirstAskedForAndADamagedOneIsParsedAgain() throws Exception {
        String source =
                "{ big = x: [ x 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 \"s\" ];"
                        + " small = y: y; }";
        Expr parsed = Parser.parse(source, "f.nix", ROOT);
        Resolver.check(parsed, scope);
        byte[] bytes = TreeWriter.write(parsed, "f.nix");

        Expr loaded = TreeReader.read(bytes, 0, bytes.length, "f.nix");
        assertThat(field(function(loaded, "big"), "body")).isNull();
        assertThat(field(function(loaded, "small"), "body")).isNotNull();
        assertThat(dump(loaded)).isEqualTo(dump(parsed));
        assertThat(field(function(loaded, "big"), "body")).isNotNull();

        byte[] damaged = bytes.clone();
        Expr.Lambda big = function(TreeReader.read(damaged, 0, damaged.length, "f.nix"), "big");
        damaged[(int) field(field(big, "block"), "from")] = 127;
        assertThatThrownBy(big::body).isInstanceOf(TreeReader.Corrupt.class);

        int[] reparsed = {0};
        Expr withFallback =
                TreeReader.read(
                        damaged,
                        0,
                        damaged.length,
                        "f.nix",
                        () -> {
                            reparsed[0]++;
                            Expr fresh = Parser.parse(source, "f.nix", ROOT);
                            Resolver.check(fresh, scope);
                            return fresh;
                        });
        assertThat(reparsed[0]).isZero();
        assertThat(dump(withFallback)).isEqualTo(dump(parsed));
        assertThat(reparsed[0]).isEqualTo(1);
    }

    private static Expr.Lambda function(Expr set, String name) {
        return (Expr.Lambda) ((Expr.Attrs) set).bindings().get(name).value();
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field field = o.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(o);
    }

    @Test
    void aTreeWithAPositionInAnotherFileIsNotWritten() {
        Expr expr = Parser.parse("{ a = 1; }", "a.nix", ROOT);
        assertThat(TreeWriter.write(expr, "b.nix")).isNull();
    }

    @Test
    void damagedTreesFailAsCorruptNeverAsAnErrorOrAHugeAllocation() throws Exception {
        Path file = ROOT.resolve("examples/blog/services.nix");
        Expr parsed = parse(file, "services.nix");
        byte[] bytes = TreeWriter.write(parsed, "services.nix");
        Random random = new Random(18);
        for (int run = 0; run < 3000; run++) {
            byte[] damaged = bytes.clone();
            int length = damaged.length;
            switch (run % 3) {
                case 0 -> damaged[random.nextInt(length)] = (byte) random.nextInt(256);
                case 1 -> length = random.nextInt(length);
                default -> {
                    for (int i = random.nextInt(length); i < length; i++) {
                        damaged[i] = (byte) 0xFF;
                    }
                }
            }
            try {
                TreeReader.read(damaged, 0, length, "services.nix");
            } catch (RuntimeException e) {
                assertThat(e).isInstanceOfAny(TreeReader.Corrupt.class, ClassCastException.class);
            }
        }
    }

    /**
     * Everything a tree holds that evaluation reads, with shared nodes shown as references to their
     * first appearance (not the inline caches evaluation fills: transient fields).
     */
    static String dump(Expr expr) throws Exception {
        StringBuilder out = new StringBuilder();
        dump(expr, out, new IdentityHashMap<>());
        return out.toString();
    }

    private static void dump(Object o, StringBuilder out, Map<Object, Integer> seen)
            throws Exception {
        if (o instanceof Expr e) {
            Integer first = seen.get(e);
            if (first != null) {
                out.append("#").append(first);
                return;
            }
            seen.put(e, seen.size());
        }
        if (o == null) {
            out.append("null");
        } else if (o instanceof String s) {
            out.append('"').append(s).append('"');
        } else if (o instanceof Double d) {
            out.append(Double.doubleToRawLongBits(d));
        } else if (o instanceof SourcePosition p) {
            out.append('@').append(p.file()).append(':').append(p.line()).append(':');
            out.append(p.column());
        } else if (o instanceof List<?> list) {
            out.append(list.getClass().getSimpleName()).append('[');
            for (Object element : list) {
                dump(element, out, seen);
                out.append(',');
            }
            out.append(']');
        } else if (o instanceof Map<?, ?> map) {
            out.append(map.getClass().getSimpleName()).append('{');
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                dump(entry.getKey(), out, seen);
                out.append('=');
                dump(entry.getValue(), out, seen);
                out.append(',');
            }
            out.append('}');
        } else if (o instanceof Expr.Var v) {
            out.append("Var(");
            dump(v.name(), out, seen);
            out.append(v.name() == v.name().intern() ? " interned " : " ")
                    .append(v.level)
                    .append(' ')
                    .append(v.slot);
            dump(v.position(), out, seen);
            out.append(')');
        } else if (o instanceof Expr.StrLit s) {
            out.append("Str(");
            dump(s.value(), out, seen);
            dump(s.position(), out, seen);
            out.append(')');
        } else if (o instanceof Expr.AttrKey.Name n) {
            out.append("Name(");
            dump(n.name(), out, seen);
            out.append(')');
        } else if (o instanceof Expr.Attrs a) {
            out.append("Attrs(").append(a.recursive());
            dump(a.bindings(), out, seen);
            dump(a.dynamic(), out, seen);
            dump(a.position(), out, seen);
            out.append(')');
        } else if (o instanceof Expr.Lambda l) {
            out.append("Lambda(");
            for (Object part : new Object[] {l.name(), l.argument(), l.formals(), l.body()}) {
                dump(part, out, seen);
                out.append(' ');
            }
            out.append(l.strict()).append(' ');
            dump(l.position(), out, seen);
            out.append(')');
        } else if (o instanceof Expr || o instanceof Expr.Formals) {
            out.append(o.getClass().getSimpleName()).append('(');
            for (java.lang.reflect.Field field : o.getClass().getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())
                        && !java.lang.reflect.Modifier.isTransient(field.getModifiers())
                        && !field.getType().isArray()) {
                    field.setAccessible(true);
                    dump(field.get(o), out, seen);
                    out.append(' ');
                }
            }
            if (o instanceof Expr e) {
                dump(e.position(), out, seen);
            }
            out.append(')');
        } else if (o.getClass().isRecord()) {
            out.append(o.getClass().getSimpleName()).append('(');
            for (RecordComponent component : o.getClass().getRecordComponents()) {
                dump(component.getAccessor().invoke(o), out, seen);
                out.append(' ');
            }
            out.append(')');
        } else {
            out.append(o);
        }
    }
}
