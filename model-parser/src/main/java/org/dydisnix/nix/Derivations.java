package org.dydisnix.nix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dydisnix.model.SourcePosition;

/**
 * {@code derivationStrict}: the store derivation of a set of attributes, its path and its output
 * paths exactly as Nix computes them (ATerm serialisation, hash modulo fixed-output inputs),
 * without writing or building anything.
 */
final class Derivations {

    /** The Nix definition of {@code derivation} on top of {@code derivationStrict}. */
    static final String DERIVATION_NIX =
            """
            drvAttrs @ { outputs ? [ "out" ], ... }:
            let
              strict = builtins.derivationStrict drvAttrs;
              common = drvAttrs // (builtins.listToAttrs perOutput)
                // { all = map (o: o.value) perOutput; inherit drvAttrs; };
              forOutput = outputName: {
                name = outputName;
                value = common // {
                  outPath = builtins.getAttr outputName strict;
                  drvPath = strict.drvPath;
                  type = "derivation";
                  inherit outputName;
                };
              };
              perOutput = map forOutput outputs;
            in (builtins.head perOutput).value
            """;

    /** One output: its path and, for a fixed output, the hash's method/algorithm and hex. */
    record Output(String path, String methodAlgo, String hash) {}

    /** A store derivation. */
    record Derivation(
            String name,
            TreeMap<String, Output> outputs,
            TreeMap<String, TreeSet<String>> inputDrvs,
            TreeSet<String> inputSrcs,
            String platform,
            String builder,
            List<String> args,
            TreeMap<String, String> env) {

        boolean fixedOutput() {
            return outputs.size() == 1
                    && outputs.containsKey("out")
                    && !outputs.get("out").hash().isEmpty();
        }
    }

    private final Store store;
    private final Map<String, Derivation> derivations = new HashMap<>();
    private final Map<String, byte[]> moduloHashes = new HashMap<>();

    Derivations(Store store) {
        this.store = store;
    }

    /** {@code builtins.derivationStrict attrs}. */
    NixAttrs strict(Evaluator ev, Object value, SourcePosition at) {
        NixAttrs attrs = ev.forceAttrs(value, at);
        Attr nameAttr = attrs.get("name");
        if (nameAttr == null) {
            throw NixError.of(
                    NixError.Kind.MISSING_ATTRIBUTE,
                    at,
                    "attribute 'name' missing for call to 'derivationStrict'");
        }
        String name = ev.forceString(ev.forceAttr(nameAttr, "name"), at).text();
        if (name.endsWith(".drv")) {
            throw NixError.of(
                    NixError.Kind.EVAL, at, "derivation names are not allowed to end in '.drv'");
        }
        checkName(name, at);
        boolean ignoreNulls = flag(ev, attrs, "__ignoreNulls", at);
        boolean structured = flag(ev, attrs, "__structuredAttrs", at);
        TreeMap<String, String> env = new TreeMap<>();
        Map<String, String> context = new TreeMap<>();
        List<String> args = new ArrayList<>();
        List<String> outputs = List.of("out");
        String builder = "";
        String platform = "";
        String outputHash = null;
        String outputHashAlgo = "";
        boolean recursive = false;
        TreeMap<String, Attr> json = structured ? new TreeMap<>() : null;
        for (Map.Entry<String, Attr> entry : attrs.attrs().entrySet()) {
            String key = entry.getKey();
            if (key.equals("__ignoreNulls")) {
                continue;
            }
            Object v;
            try {
                v = entry.getValue().value().force(ev);
                if (ignoreNulls && v == NixNull.NULL) {
                    continue;
                }
                if (key.equals("args")) {
                    for (Thunk item : ev.forceList(v, at).items()) {
                        NixString s = Strings.coerce(ev, item.force(ev), at, true, true);
                        context = NixString.merge(context, s.context());
                        args.add(s.text());
                    }
                    continue;
                }
                String text;
                if (structured) {
                    if (key.equals("__structuredAttrs")) {
                        continue;
                    }
                    json.put(key, entry.getValue());
                    if (key.equals("outputs")) {
                        List<String> names = new ArrayList<>();
                        for (Thunk item : ev.forceList(v, at).items()) {
                            names.add(ev.forceString(item.force(ev), at).text());
                        }
                        outputs = outputs(names, at);
                        continue;
                    }
                    if (!(v instanceof NixString)
                            && (key.equals("builder")
                                    || key.equals("system")
                                    || key.startsWith("outputHash"))) {
                        throw NixError.type(
                                at, "value is " + Types.show(v) + " while a string was expected");
                    }
                    if (!(v instanceof NixString s)) {
                        continue;
                    }
                    text = s.text();
                    context = NixString.merge(context, s.context());
                } else {
                    NixString s = Strings.coerce(ev, v, at, true, true);
                    context = NixString.merge(context, s.context());
                    text = s.text();
                    env.put(key, text);
                    if (key.equals("outputs")) {
                        outputs = outputs(words(text), at);
                    }
                }
                switch (key) {
                    case "builder" -> builder = text;
                    case "system" -> platform = text;
                    case "outputHash" -> outputHash = text;
                    case "outputHashAlgo" -> outputHashAlgo = text;
                    case "outputHashMode" -> {
                        if (text.equals("recursive")) {
                            recursive = true;
                        } else if (!text.equals("flat")) {
                            throw NixError.of(
                                    NixError.Kind.EVAL,
                                    at,
                                    "invalid value '" + text + "' for 'outputHashMode' attribute");
                        }
                    }
                    default -> {}
                }
            } catch (NixError e) {
                throw e.addTrace(
                        nameAttr.position() == null ? at : nameAttr.position(),
                        "while evaluating the attribute '"
                                + key
                                + "' of the derivation '"
                                + name
                                + "'");
            }
        }
        if (structured) {
            NixString text = JsonPrinter.toJson(ev, new NixAttrs(json, at), at);
            context = NixString.merge(context, text.context());
            env.put("__json", text.text());
        }
        TreeMap<String, TreeSet<String>> inputDrvs = new TreeMap<>();
        TreeSet<String> inputSrcs = new TreeSet<>();
        for (String element : context.keySet()) {
            if (element.startsWith("=")) {
                closure(element.substring(1), inputDrvs, inputSrcs);
            } else if (element.startsWith("!")) {
                int bang = element.indexOf('!', 1);
                inputDrvs
                        .computeIfAbsent(element.substring(bang + 1), k -> new TreeSet<>())
                        .add(element.substring(1, bang));
            } else {
                inputSrcs.add(element);
            }
        }
        if (builder.isEmpty() && !attrs.attrs().containsKey("builder")) {
            throw NixError.of(
                    NixError.Kind.MISSING_ATTRIBUTE, at, "required attribute 'builder' missing");
        }
        if (!attrs.attrs().containsKey("system")) {
            throw NixError.of(
                    NixError.Kind.MISSING_ATTRIBUTE, at, "required attribute 'system' missing");
        }
        TreeMap<String, Output> outs = new TreeMap<>();
        Derivation drv =
                new Derivation(name, outs, inputDrvs, inputSrcs, platform, builder, args, env);
        if (outputHash != null) {
            if (!outputs.equals(List.of("out"))) {
                throw NixError.of(
                        NixError.Kind.EVAL,
                        at,
                        "multiple outputs are not supported in fixed-output derivations");
            }
            NixHash hash = NixHash.parse(outputHash, outputHashAlgo, at);
            String methodAlgo = (recursive ? "r:" : "") + hash.algorithm();
            String hex = HexFormat.of().formatHex(hash.bytes());
            String outPath = fixedOutputPath(recursive, hash, name);
            env.put("out", outPath);
            outs.put("out", new Output(outPath, methodAlgo, hex));
        } else {
            for (String output : outputs) {
                env.put(output, "");
                outs.put(output, new Output("", "", ""));
            }
            byte[] modulo = Store.sha256(bytes(ATerm.unparse(drv, true, inputsModulo(drv))));
            for (String output : outputs) {
                String path =
                        Store.storePath(
                                "output:" + output,
                                modulo,
                                output.equals("out") ? name : name + "-" + output);
                env.put(output, path);
                outs.put(output, new Output(path, "", ""));
            }
        }
        String aterm = ATerm.unparse(drv, false, null);
        List<String> references = new ArrayList<>(inputSrcs);
        references.addAll(inputDrvs.keySet());
        String drvPath = store.textPath(name + ".drv", aterm, references);
        derivations.putIfAbsent(drvPath, drv);
        TreeMap<String, Attr> result = new TreeMap<>();
        result.put(
                "drvPath",
                new Attr(
                        Thunk.of(new NixString(drvPath, Map.of("=" + drvPath, NixString.NO_FILE))),
                        at));
        for (Map.Entry<String, Output> output : outs.entrySet()) {
            result.put(
                    output.getKey(),
                    new Attr(
                            Thunk.of(
                                    new NixString(
                                            output.getValue().path(),
                                            Map.of(
                                                    "!" + output.getKey() + "!" + drvPath,
                                                    NixString.NO_FILE))),
                            at));
        }
        return new NixAttrs(result, at);
    }

    private static boolean flag(Evaluator ev, NixAttrs attrs, String name, SourcePosition at) {
        Attr attr = attrs.get(name);
        return attr != null && ev.forceBool(ev.forceAttr(attr, name), at);
    }

    private static void checkName(String name, SourcePosition at) {
        if (name.isEmpty() || name.length() > 211 || name.startsWith(".")) {
            throw NixError.of(NixError.Kind.EVAL, at, "invalid derivation name '" + name + "'");
        }
        for (char c : name.toCharArray()) {
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                    && "+-._?=".indexOf(c) < 0) {
                throw NixError.of(
                        NixError.Kind.EVAL,
                        at,
                        "invalid character '" + c + "' in derivation name '" + name + "'");
            }
        }
    }

    /** The words of a text separated by spaces, tabs and line breaks. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || " \t\n\r".indexOf(text.charAt(i)) >= 0) {
                if (i > start) {
                    words.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return words;
    }

    private static List<String> outputs(List<String> names, SourcePosition at) {
        List<String> result = new ArrayList<>();
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            if (result.contains(name)) {
                throw NixError.of(
                        NixError.Kind.EVAL, at, "duplicate derivation output '" + name + "'");
            }
            if (name.equals("drv")) {
                throw NixError.of(NixError.Kind.EVAL, at, "invalid derivation output name 'drv'");
            }
            result.add(name);
        }
        if (result.isEmpty()) {
            throw NixError.of(
                    NixError.Kind.EVAL, at, "derivation cannot have an empty set of outputs");
        }
        return result;
    }

    private void closure(
            String path, TreeMap<String, TreeSet<String>> inputDrvs, TreeSet<String> inputSrcs) {
        if (!inputSrcs.add(path)) {
            return;
        }
        Derivation drv = derivations.get(path);
        if (drv != null) {
            inputDrvs.put(path, new TreeSet<>(drv.outputs().keySet()));
            drv.inputSrcs().forEach(src -> closure(src, inputDrvs, inputSrcs));
            drv.inputDrvs().keySet().forEach(input -> closure(input, inputDrvs, inputSrcs));
        }
    }

    private String fixedOutputPath(boolean recursive, NixHash hash, String name) {
        if (recursive && hash.algorithm().equals("sha256")) {
            return Store.storePath("source", hash.bytes(), name);
        }
        String inner =
                "fixed:out:"
                        + (recursive ? "r:" : "")
                        + hash.algorithm()
                        + ":"
                        + HexFormat.of().formatHex(hash.bytes())
                        + ":";
        return Store.storePath("output:out", Store.sha256(bytes(inner)), name);
    }

    /** The inputs of a derivation with each input derivation replaced by its hash modulo. */
    private TreeMap<String, TreeSet<String>> inputsModulo(Derivation drv) {
        TreeMap<String, TreeSet<String>> inputs = new TreeMap<>();
        for (Map.Entry<String, TreeSet<String>> input : drv.inputDrvs().entrySet()) {
            String hash = HexFormat.of().formatHex(hashModulo(input.getKey()));
            inputs.computeIfAbsent(hash, k -> new TreeSet<>()).addAll(input.getValue());
        }
        return inputs;
    }

    private byte[] hashModulo(String drvPath) {
        byte[] known = moduloHashes.get(drvPath);
        if (known != null) {
            return known;
        }
        Derivation drv = derivations.get(drvPath);
        byte[] hash;
        if (drv.fixedOutput()) {
            Output out = drv.outputs().get("out");
            hash =
                    Store.sha256(
                            bytes(
                                    "fixed:out:"
                                            + out.methodAlgo()
                                            + ":"
                                            + out.hash()
                                            + ":"
                                            + out.path()));
        } else {
            hash = Store.sha256(bytes(ATerm.unparse(drv, false, inputsModulo(drv))));
        }
        moduloHashes.put(drvPath, hash);
        return hash;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
