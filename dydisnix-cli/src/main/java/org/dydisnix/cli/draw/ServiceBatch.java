package org.dydisnix.cli.draw;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.Service;
import org.dydisnix.model.ServiceGroups;
import org.dydisnix.model.ServicesModel;
import org.dydisnix.model.XmlText;

/**
 * The diagrams of every group of a services model, as the original's batch mode lays them out:
 * {@code <group>/diagram.dot} with sub-groups collapsed, beside it the picture named as {@code dot
 * -O} names it ({@code diagram.dot.svg}), and an {@code index.html} linking them.
 */
public final class ServiceBatch {

    private static final String DIAGRAM = "diagram.dot";

    private ServiceBatch() {}

    /**
     * The files by path relative to the output directory, in writing order.
     *
     * @param format a format of {@code dot -T}, or null for DOT files only
     * @throws IOException if a picture cannot be rendered
     */
    public static Map<String, byte[]> files(ServicesModel model, String format) throws IOException {
        checkGroupNames(model);
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> links = new LinkedHashMap<>();
        for (String group : ServiceGroups.groups(model)) {
            String directory = group.isEmpty() ? "" : group + "/";
            String dot = ServiceDiagram.ofGroup(model, group, true).toDot();
            files.put(directory + DIAGRAM, dot.getBytes(StandardCharsets.UTF_8));
            String shown = directory + DIAGRAM;
            if (format != null) {
                shown = directory + DIAGRAM + "." + Renderer.suffix(format);
                files.put(shown, Renderer.render(dot, format));
            }
            links.put(shown, group.isEmpty() ? "(all services)" : group);
        }
        files.put("index.html", index(links).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Refuses a group that cannot name a directory (an empty, '.' or '..' part). */
    public static void checkGroupNames(ServicesModel model) {
        for (Service service : model.services().values()) {
            for (String token :
                    service.group().isEmpty() ? new String[0] : service.group().split("/", -1)) {
                if (token.isEmpty() || token.equals(".") || token.equals("..")) {
                    throw new ModelException(
                            service.position(),
                            "service '"
                                    + service.key()
                                    + "' has group '"
                                    + service.group()
                                    + "', which cannot name a directory (empty, '.' or '..' part)");
                }
            }
        }
    }

    private static String index(Map<String, String> links) {
        StringBuilder html =
                new StringBuilder(
                        """
                <!DOCTYPE html>
                <html>
                <head><meta charset="utf-8"><title>Services</title></head>
                <body>
                <h1>Services</h1>
                <ul>
                """);
        links.forEach(
                (file, title) ->
                        html.append("<li><a href=\"")
                                .append(XmlText.escape(UrlPaths.path(file)))
                                .append("\">")
                                .append(XmlText.escape(title))
                                .append("</a></li>\n"));
        return html.append("</ul>\n</body>\n</html>\n").toString();
    }
}
