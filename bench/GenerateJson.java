import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large JSON document shaped like a package listing ({@code nix-env -qa --json --meta}):
 * one object per package with its name, version, outputs and meta (description, homepage, license,
 * maintainers, platforms, flags). Names, versions and descriptions are unique; systems, licenses,
 * maintainers and flags repeat, as in the real listing. The same arguments give the same bytes.
 *
 * <p>Usage: {@code java bench/GenerateJson.java [--megabytes 108] [--seed 42] OUT.json}
 */
public final class GenerateJson {
    private static final String[] SYSTEMS = {
        "x86_64-linux", "aarch64-linux", "i686-linux", "x86_64-darwin", "aarch64-darwin",
        "armv7l-linux", "riscv64-linux", "powerpc64le-linux"
    };
    private static final String[] LICENSES = {"mit", "gpl2Plus", "gpl3Only", "asl20", "bsd3", "lgpl21Plus", "mpl20", "isc"};
    private static final String[] WORDS = {
        "library", "tool", "for", "the", "fast", "small", "command", "line", "parser", "server", "client",
        "network", "file", "system", "image", "audio", "video", "data", "format", "portable", "modern",
        "lightweight", "terminal", "graphical", "interface", "bindings", "python", "rust", "haskell", "and"
    };

    public static void main(String[] args) throws IOException {
        long megabytes = 108;
        long seed = 42;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--megabytes" -> megabytes = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> out = Path.of(args[i]);
            }
        }
        if (out == null) {
            System.err.println("usage: java bench/GenerateJson.java [--megabytes N] [--seed S] OUT.json");
            System.exit(2);
        }
        long limit = megabytes * 1_000_000;
        Random random = new Random(seed);
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("{");
            for (int n = 0; written < limit; n++) {
                StringBuilder p = new StringBuilder(1024);
                String pname = word(random) + "-" + word(random) + n;
                String version = random.nextInt(10) + "." + random.nextInt(30) + "." + random.nextInt(100);
                p.append(n == 0 ? "\n" : ",\n");
                p.append("\"pkgs.").append(pname).append("\":{\"name\":\"").append(pname).append('-').append(version)
                        .append("\",\"pname\":\"").append(pname).append("\",\"version\":\"").append(version)
                        .append("\",\"system\":\"x86_64-linux\",\"outputName\":\"out\",\"outputs\":{\"out\":null");
                if (random.nextInt(4) == 0) {
                    p.append(",\"dev\":null,\"lib\":null");
                }
                p.append("},\"meta\":{\"available\":true,\"broken\":").append(random.nextInt(50) == 0)
                        .append(",\"insecure\":false,\"unfree\":").append(random.nextInt(20) == 0)
                        .append(",\"unsupported\":false,\"description\":\"");
                int words = 3 + random.nextInt(8);
                for (int i = 0; i < words; i++) {
                    p.append(i == 0 ? "" : " ").append(word(random));
                }
                p.append("\",\"homepage\":\"https://example.org/").append(pname)
                        .append("\",\"license\":{\"shortName\":\"").append(LICENSES[random.nextInt(LICENSES.length)])
                        .append("\",\"free\":true,\"redistributable\":true},\"maintainers\":[");
                int maintainers = random.nextInt(4);
                for (int i = 0; i < maintainers; i++) {
                    int m = random.nextInt(2000);
                    p.append(i == 0 ? "" : ",").append("{\"name\":\"Maintainer ").append(m)
                            .append("\",\"github\":\"maint").append(m).append("\",\"githubId\":").append(100000 + m).append('}');
                }
                p.append("],\"platforms\":[");
                int platforms = 1 + random.nextInt(SYSTEMS.length);
                for (int i = 0; i < platforms; i++) {
                    p.append(i == 0 ? "" : ",").append('"').append(SYSTEMS[i]).append('"');
                }
                p.append("],\"position\":\"pkgs/by-name/").append(pname, 0, 2).append('/').append(pname)
                        .append("/package.nix:").append(1 + random.nextInt(200)).append("\",\"priority\":")
                        .append(random.nextInt(3) == 0 ? "10" : "5").append(",\"outputsToInstall\":[\"out\"]}}");
                w.append(p);
                written += p.length();
            }
            w.write("\n}\n");
        }
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
